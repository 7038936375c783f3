import { renameSync, rmSync } from 'node:fs';
import { connect, type Db } from './connection';
import { checkIntegrity, type IntegrityReport } from './integrity';

/**
 * Writing and checking database copies (the SQL half of backups; names and the folder are backup/backup-catalog).
 * A copy is written with `VACUUM INTO`, which writes it encrypted with the database's own key (issue 15 item 1).
 * _Why not SQLite's online backup in steps any more:_ SQLite3 Multiple Ciphers refuses to copy an encrypted
 * database into a file better-sqlite3's `backup()` opens without a key ("incompatible source and target"), and
 * that call takes no key. The cost is that the copy blocks the event loop while it runs (measured in
 * ARCHITECTURE.md, "Encryption at rest"). The copy is written under a temporary name and renamed, so a crash
 * never leaves a half file that looks like a backup.
 */
export async function copyDatabase(db: Db, file: string): Promise<void> {
  // Still a promise: callers keep their shape if a worker-thread copy replaces this.
  await Promise.resolve();
  copyDatabaseSync(db, file);
}

/** The copy at once, for the exit backup, when nothing may wait for a promise. */
export function copyDatabaseSync(db: Db, file: string): void {
  const partial = `${file}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/**
 * Opens a copy on its own and runs the full integrity check. The copy is switched to a rollback journal first,
 * so a backup is one file that can be copied to a USB stick as it is (an online copy of a WAL database keeps
 * the WAL flag in its header). A file that is not a database at all is reported as a problem, not thrown.
 */
export function verifyDatabaseFile(
  file: string,
  opts: { nativeBinding?: string | undefined; key?: Buffer | undefined } = {},
): IntegrityReport {
  let db: Db | undefined;
  try {
    db = connect(file, { ...opts, fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    return checkIntegrity(db, { quick: false });
  } catch (e) {
    const said = e instanceof Error ? e.message : String(e);
    // Encrypted: a copy made with another key (another computer or OS account) reads as "not a database".
    const why =
      opts.key !== undefined && (e as { code?: unknown }).code === 'SQLITE_NOTADB'
        ? `无法用本机的数据库密钥打开（来自别的计算机或操作系统账户，或文件已损坏）：${said}`
        : said;
    return { ok: false, problems: [why] };
  } finally {
    db?.close();
  }
}
