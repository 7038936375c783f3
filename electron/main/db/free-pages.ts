import { AUTO_VACUUM_INCREMENTAL as INCREMENTAL, type Db } from './connection';

/**
 * Pages freed inside the file go back to the file system (issue 12 item 5). Without this a database keeps every
 * page it ever used: compaction of acknowledged outbox entries and the shadow released by a rebase free most of
 * what a bulk import wrote, but the file stays at its largest — a desktop that imported 100k historical cases
 * before its first sync would keep more than twice the size the bench measures. `auto_vacuum = INCREMENTAL`
 * lets the app hand free pages back a few at a time (`returnFreePages`), never rewriting the whole file again.
 *
 * The mode can only be chosen while the file holds nothing — in WAL mode, before its first page is written — or
 * by one VACUUM: a new file takes it when opened (connection.ts openDatabase), an older one is rewritten once,
 * after the migrations' backup (app-core.ts). SQLite3 Multiple Ciphers encrypts the pointer-map pages like any other
 * page (free-pages.test.ts opens the file again with and without its key).
 */
export type VacuumModeChange = 'already' | 'set' | 'vacuumed';

/** Switches the file to incremental auto-vacuum: at once while it is empty, else by one VACUUM. */
export function useIncrementalVacuum(db: Db): VacuumModeChange {
  if (db.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return 'already';
  db.pragma(`auto_vacuum = ${INCREMENTAL}`);
  if (db.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return 'set';
  db.exec('VACUUM');
  return 'vacuumed';
}

/** Below this many free pages (1 MiB at 4 KiB pages) they are left for the next writes to reuse. */
export const RETURN_FREE_PAGES_FROM = 256;
/** At most this many pages are returned at once (16 MiB), so no call holds the writer for long. */
export const RETURN_FREE_PAGES_AT_MOST = 4096;

/**
 * Gives free pages back to the file system when there are enough to matter; a no-op in a file without
 * incremental auto-vacuum. Runs in its own short write transaction: call it after a commit, not inside one.
 * Returns how many pages were free before.
 */
export function returnFreePages(db: Db, atMost = RETURN_FREE_PAGES_AT_MOST): number {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  if (free < RETURN_FREE_PAGES_FROM) return free;
  if (db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL) return free;
  db.pragma(`incremental_vacuum(${Math.max(1, Math.trunc(atMost))})`);
  return free;
}
