import Database from 'better-sqlite3';
import { DbOpenError } from './connection';

export type OwnerLock = { release(): void };

/**
 * One process owns a data directory. Two app cores on the same file both open it (WAL allows that) and then
 * refuse each other's writes with SQLITE_BUSY at random moments, and each runs its own sync loop and clock; so
 * the core takes an exclusive lock on a small side file first and a second process is told DB_LOCKED at once.
 * _Why a side file and not `locking_mode = EXCLUSIVE` on the database itself:_ the database stays readable by a
 * second connection (the integrity check, a backup being verified, tools), and the lock still comes from the OS,
 * so a process killed with -9 leaves no stale lock behind.
 */
export function acquireOwnerLock(file: string, opts: { nativeBinding?: string | undefined } = {}): OwnerLock {
  const lock = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    // In EXCLUSIVE locking mode the lock a write takes is kept until the connection closes.
    lock.exec('BEGIN EXCLUSIVE');
    lock.exec('COMMIT');
  } catch (e) {
    lock.close();
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')))
      throw new DbOpenError(
        'DB_LOCKED',
        `本软件已在另一个窗口或程序中打开了同一数据目录，请先关闭它后再试：${file}`,
      );
    throw e;
  }
  return { release: () => lock.close() };
}
