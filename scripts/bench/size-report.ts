import type { Db } from '../../electron/main/db/connection';
import { bytesPerObject, dbSize, rowsPerTable } from '../lib/db-files';
import { toMB } from '../lib/format';
import { formatTable } from './report';

/** One table or index: its rows (tables only) and the bytes of its pages. */
export type ObjectSize = { name: string; rows: number | null; bytes: number; mb: number };

/** The database's size at one moment: the files on disk and, per table and index, the pages it occupies. */
export type SizeSnapshot = {
  fileBytes: number;
  walBytes: number;
  totalBytes: number;
  totalMB: number;
  /** Pages inside the file that hold nothing (the free list): kept by the file, reused by later writes. */
  freeBytes: number;
  /** How the per-object bytes were measured: the dbstat virtual table, or page counts when it is missing. */
  method: 'dbstat' | 'page_count';
  objects: ObjectSize[];
};

/**
 * Checkpoints the WAL into the file (so the file's size is the data's) and measures it. Per object the bytes
 * come from dbstat, which better-sqlite3's bundled SQLite includes; without it only the total is known.
 */
export function measureSize(db: Db, dbPath: string): SizeSnapshot {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const files = dbSize(dbPath);
  const rows = rowsPerTable(db);
  const bytes = bytesPerObject(db);
  const freeBytes =
    (db.pragma('freelist_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  const objects: ObjectSize[] =
    bytes === null
      ? []
      : Object.entries(bytes).map(([name, b]) => ({ name, rows: rows[name] ?? null, bytes: b, mb: toMB(b) }));
  objects.sort((a, b) => b.bytes - a.bytes);
  return {
    ...files,
    totalMB: toMB(files.totalBytes),
    freeBytes,
    method: bytes === null ? 'page_count' : 'dbstat',
    objects,
  };
}

/** Bytes of the objects whose name matches (a table with its indexes and FTS shadow tables, say). */
export function bytesOf(s: SizeSnapshot, match: (name: string) => boolean): number {
  return s.objects.filter((o) => match(o.name)).reduce((n, o) => n + o.bytes, 0);
}

const mb = (bytes: number): string => toMB(bytes).toFixed(1);

/** The two snapshots side by side, largest object first; objects under 0.05 MB in both are left out. */
export function comparisonTable(before: SizeSnapshot, after: SizeSnapshot): string {
  const afterOf = new Map(after.objects.map((o) => [o.name, o]));
  const names = [...new Set([...before.objects, ...after.objects].map((o) => o.name))];
  const beforeOf = new Map(before.objects.map((o) => [o.name, o]));
  const body = names
    .map((name) => ({ name, b: beforeOf.get(name), a: afterOf.get(name) }))
    .filter(({ b, a }) => Math.max(b?.mb ?? 0, a?.mb ?? 0) >= 0.05)
    .sort((x, y) => (y.b?.bytes ?? 0) - (x.b?.bytes ?? 0))
    .map(({ name, b, a }) => [
      name,
      b?.rows === null || b?.rows === undefined ? '' : String(b.rows),
      mb(b?.bytes ?? 0),
      mb(a?.bytes ?? 0),
    ]);
  body.push(['合计（文件 + 预写日志）', '', mb(before.totalBytes), mb(after.totalBytes)]);
  return formatTable(['table / index', 'rows', 'MB 写入后', 'MB 确认并压缩后'], body);
}
