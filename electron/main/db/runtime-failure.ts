/**
 * What a SQLite error met while the app runs says about the database file, if anything: damage (the restore
 * offer, never "系统内部错误") or another process holding the lock (a clear "occupied" message). Extended codes
 * (SQLITE_CORRUPT_INDEX, SQLITE_BUSY_SNAPSHOT …) count with their primary code.
 */
export type DbFailureCode = 'DB_CORRUPT' | 'DB_LOCKED';

export function dbFailureOf(e: unknown): DbFailureCode | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'DB_CORRUPT';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'DB_LOCKED';
  return null;
}

export const DB_FAILURE_MESSAGE: Readonly<Record<DbFailureCode, string>> = {
  DB_CORRUPT: '数据库文件已损坏，当前操作未能完成。请由管理员从备份恢复（当前文件会另存保留，不会删除）。',
  DB_LOCKED:
    '数据库正被另一个程序占用（可能本软件已在别处打开同一数据目录），当前操作未能完成。请关闭其他程序后重试。',
};
