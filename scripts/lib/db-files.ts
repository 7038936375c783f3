import { existsSync, statSync } from 'node:fs';
import type { Db } from '../../electron/main/db/connection';

export type DbSize = { fileBytes: number; walBytes: number; totalBytes: number };

const sizeOf = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/** The database file plus its write-ahead log: what the data really occupies on disk right now. */
export function dbSize(dbPath: string): DbSize {
  const fileBytes = sizeOf(dbPath);
  const walBytes = sizeOf(`${dbPath}-wal`);
  return { fileBytes, walBytes, totalBytes: fileBytes + walBytes };
}

/** Row counts of every ordinary table (FTS shadow tables included, the virtual table itself not). */
export function rowsPerTable(db: Db): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'
       ORDER BY name`,
    )
    .all();
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    // Names come from sqlite_schema, not from input; quoted as identifiers all the same.
    const row = db
      .prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)
      .get();
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** Bytes per table and index from the dbstat virtual table (null when SQLite was built without it). */
export function bytesPerObject(db: Db): Record<string, number> | null {
  try {
    const rows = db
      .prepare<[], { name: string; bytes: number }>(
        'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
      )
      .all();
    return Object.fromEntries(rows.map((r) => [r.name, r.bytes]));
  } catch {
    return null;
  }
}

export type TableBytes = { table: number; indexes: number };

/**
 * Bytes per table with its indexes (automatic ones included) summed beside it, from dbstat; an FTS table's
 * shadow tables count as tables of their own. Null when SQLite was built without dbstat — then only the
 * file's page count (`filePages`) is known.
 */
export function bytesPerTable(db: Db): Record<string, TableBytes> | null {
  const objects = bytesPerObject(db);
  if (objects === null) return null;
  const owner = new Map(
    db
      .prepare<[], { name: string; tbl: string }>(
        "SELECT name, tbl_name AS tbl FROM sqlite_schema WHERE type = 'index'",
      )
      .all()
      .map((r) => [r.name, r.tbl]),
  );
  const out: Record<string, TableBytes> = {};
  for (const [name, bytes] of Object.entries(objects)) {
    const index = owner.get(name);
    const entry = (out[index ?? name] ??= { table: 0, indexes: 0 });
    if (index === undefined) entry.table += bytes;
    else entry.indexes += bytes;
  }
  return out;
}

/** The file's pages and page size: the size known without dbstat. */
export function filePages(db: Db): { pages: number; pageSize: number } {
  return {
    pages: db.pragma('page_count', { simple: true }) as number,
    pageSize: db.pragma('page_size', { simple: true }) as number,
  };
}
