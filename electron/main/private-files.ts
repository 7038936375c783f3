import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';

/**
 * The files of a case office hold ID numbers and legal records of people in a dispute; a station laptop travels
 * and an office PC is shared. Every folder the app keeps data in is private to the user running it (0700) and
 * every file it writes is 0600 — set explicitly, whatever the process umask (issue 15 item 1). On Windows the
 * modes mean little (the profile folder's access list does the work), so nothing is changed there.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const posix = process.platform !== 'win32';

/** Creates the folder (and any missing parents) private, and makes an existing one private. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Makes a file the app wrote private (after `VACUUM INTO`, a copy, a rename from elsewhere). */
export function makePrivateFile(file: string): void {
  if (posix && existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * The database file and its WAL and shared-memory files, private. A new database is created empty at 0600 before
 * SQLite opens it, so the -wal and -shm files SQLite creates beside it take the same mode from the start.
 */
export function makeDatabaseFilesPrivate(dbPath: string): void {
  if (!existsSync(dbPath)) writeFileSync(dbPath, '', { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) makePrivateFile(f);
}
