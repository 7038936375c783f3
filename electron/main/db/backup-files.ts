import { renameSync, rmSync } from 'node:fs';
import { connect, type Db } from './connection';
import { copyInWorker, type CopyInFlight } from './copy-in-worker';
import { checkIntegrity, type IntegrityReport } from './integrity';

/**
 * Writing and checking database copies (the SQL half of backups; names and the folder are backup/backup-catalog).
 * An encrypted database is copied with `VACUUM INTO`, which writes the copy encrypted with the database's own key
 * (issue 15 item 1), in a worker thread with its own keyed connection (copy-in-worker.ts) so the window keeps
 * running. _Why not SQLite's online backup in steps any more:_ SQLite3 Multiple Ciphers refuses to copy an
 * encrypted database into a file better-sqlite3's `backup()` opens without a key ("incompatible source and
 * target"), and that call takes no key. If the worker cannot start, the copy is made on this thread. A plain
 * database (tools, tests) is still copied with the online backup in steps. The copy is written under a temporary
 * name and renamed, so a crash never leaves a half file that looks like a backup.
 */
export async function copyDatabase(
  db: Db,
  file: string,
  opts: {
    key?: Buffer | undefined;
    nativeBinding?: string | undefined;
    /** Told of a worker copy as it starts, so a closing app can abandon it (copy-in-worker.ts). */
    inFlight?: (copy: CopyInFlight | null) => void;
  } = {},
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    if (opts.key === undefined) await db.backup(partial);
    else {
      try {
        const copy = copyInWorker(db.name, partial, opts.key, opts.nativeBinding);
        opts.inFlight?.(copy);
        try {
          await copy.done;
        } finally {
          opts.inFlight?.(null);
        }
      } catch (e) {
        if (!db.open) throw e; // the app closed and abandoned the copy: nothing more to write
        // A damaged file fails here again with SQLite's own words; a worker that could not start does not.
        rmSync(partial, { force: true });
        db.prepare('VACUUM INTO ?').run(partial);
      }
    }
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
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
