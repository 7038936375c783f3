import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './connection';
import { checkIntegrity, type IntegrityReport } from './integrity';

/**
 * Writing and checking database copies (the SQL half of backups; names and the folder are backup/backup-catalog).
 * `copyDatabase` uses SQLite's online backup in steps, so the event loop (and the window) keeps running while a
 * large file is copied, and writes of this same connection during the copy are carried into it. The copy is
 * written under a temporary name and renamed, so a crash never leaves a half file that looks like a backup.
 */
export async function copyDatabase(db: Db, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/** The same copy at once (VACUUM INTO), for the exit backup, when nothing may wait for a promise. */
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
export function verifyDatabaseFile(file: string, nativeBinding?: string): IntegrityReport {
  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma('journal_mode = DELETE');
    return checkIntegrity(db, { quick: false });
  } catch (e) {
    return { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
  } finally {
    db?.close();
  }
}
