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
  vacuum(db);
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

/**
 * Bytes compaction has taken out of rows that stay (sync_meta). Returning free pages does not help there: an
 * acknowledged outbox entry shrinks from kilobytes (its row changes, its args as text) to a few hundred bytes
 * where it is, so its pages end up mostly empty but still in use — after a bulk import and its first sync, the
 * outbox takes about four times its packed size (bench:size). Only a VACUUM packs them again.
 */
const DROPPED = 'storage.dropped_since_vacuum';

/** Adds to the bytes dropped in place since the last VACUUM (in the caller's transaction). */
export function noteDroppedBytes(db: Db, bytes: number): void {
  if (bytes <= 0) return;
  db.prepare(
    `INSERT INTO sync_meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + excluded.value AS TEXT)`,
  ).run(DROPPED, String(Math.trunc(bytes)));
}

export const droppedBytes = (db: Db): number =>
  Number(
    db.prepare<[string], { value: string }>('SELECT value FROM sync_meta WHERE key = ?').get(DROPPED)
      ?.value ?? 0,
  );

/** A VACUUM at start is worth its time once this much was dropped (a second or two), and a quarter of the file. */
export const REPACK_FROM_BYTES = 16 * 1024 ** 2;

/**
 * At start, before anything else uses the database: packs the file with one VACUUM when compaction has left at
 * least REPACK_FROM_BYTES, and a quarter of the file, in half-empty pages — once after a bulk import's first
 * sync; rarely in ordinary use (tens of mutations a day drop a few hundred kilobytes). Returns whether it ran.
 */
export function repackIfWorthIt(db: Db, fromBytes = REPACK_FROM_BYTES): boolean {
  if (!repackWorthIt(db, fromBytes)) return false;
  vacuum(db);
  return true;
}

function repackWorthIt(db: Db, fromBytes = REPACK_FROM_BYTES): boolean {
  const dropped = droppedBytes(db);
  const fileBytes =
    (db.pragma('page_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  return dropped >= fromBytes && dropped * 4 >= fileBytes;
}

/** What opening an older file packs: the one VACUUM that switches its mode, else a repack if worth it. */
export type PackedOnOpen = 'incremental' | 'repacked' | null;

/**
 * Once per older file, after the migrations (and their backup): freed pages can then go back; and once
 * compaction has left enough half-empty pages, one VACUUM packs them. Run by the core at every open and by the
 * start-up upgrade's worker (db/migrate-worker.ts), which leaves the core nothing to do.
 */
export function packOnOpen(db: Db): PackedOnOpen {
  if (useIncrementalVacuum(db) === 'vacuumed') return 'incremental';
  return repackIfWorthIt(db) ? 'repacked' : null;
}

/**
 * Would `packOnOpen` run a VACUUM? Read before the migrations, so the start-up decides whether to upgrade in a
 * worker (with its progress window) without writing anything. The file's size after the migrations may make a
 * repack due that was not before; the worker checks again after them.
 */
export function vacuumDue(db: Db): boolean {
  return db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL || repackWorthIt(db);
}

/** One VACUUM: every page packed, none free; what compaction had dropped is then gone from the file too. */
function vacuum(db: Db): void {
  db.exec('VACUUM');
  const meta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_meta'").get();
  if (meta !== undefined) db.prepare('DELETE FROM sync_meta WHERE key = ?').run(DROPPED);
}
