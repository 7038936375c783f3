import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { INT8_OID, parseInt8 } from './int8';
import { acquireDataDirLock, type DataDirLock } from './lock';
import type { Isolation, Queryable, Row, ServerDb } from './types';

/** Where PGlite keeps its files inside the server's data directory, beside the lock file. */
export const PGLITE_SUBDIR = 'pgdata';
export const LOCK_FILE = 'server.lock';

const asQueryable = (pg: PGlite): Queryable => ({
  async query<R extends Row = Row>(text: string, values?: readonly unknown[]) {
    if (values === undefined || values.length === 0) {
      // No parameters: the simple protocol, which (like pg) accepts several statements in one text.
      const results = await pg.exec(text);
      const last = results[results.length - 1];
      return { rows: (last?.rows ?? []) as R[], rowCount: last?.rowCount ?? last?.affectedRows ?? 0 };
    }
    const res = await pg.query<R>(text, [...values]);
    return { rows: res.rows, rowCount: res.rowCount ?? res.affectedRows ?? res.rows.length };
  },
});

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in `<dataDir>/pgdata`, or in memory for
 * tests ('memory://'). PGlite has a single connection, so every top-level call — a query or a whole
 * transaction — waits its turn in one queue: concurrent requests never interleave inside a transaction.
 */
export type PgliteDb = ServerDb & {
  /** The whole database as a tarball, which `openPglite('memory://', { loadDataDir })` starts from. */
  dumpDataDir(): Promise<Blob>;
};

/**
 * `loadDataDir`: start an in-memory database from a dump instead of an empty cluster — the server tests open a
 * migrated one in about a second this way, instead of initdb plus every migration (about four).
 */
export async function openPglite(dataDir: string, opts: { loadDataDir?: Blob } = {}): Promise<PgliteDb> {
  const inMemory = dataDir === 'memory://';
  const lock: DataDirLock | null = inMemory ? null : acquireDataDirLock(join(dataDir, LOCK_FILE));
  let pg: PGlite;
  try {
    pg = await PGlite.create(inMemory ? 'memory://' : join(dataDir, PGLITE_SUBDIR), {
      parsers: { [INT8_OID]: parseInt8 },
      ...(opts.loadDataDir === undefined ? {} : { loadDataDir: opts.loadDataDir }),
    });
  } catch (e) {
    lock?.release();
    throw e;
  }
  const direct = asQueryable(pg);

  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    // The queue continues whether this job succeeds or fails; the caller still sees its own outcome.
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    kind: 'pglite',
    singleMachine: true,
    query: (text, values) => enqueue(() => direct.query(text, values)),
    tx<T>(fn: (q: Queryable) => Promise<T>, opts?: { isolation?: Isolation }): Promise<T> {
      return enqueue(async () => {
        await pg.exec(`BEGIN ISOLATION LEVEL ${(opts?.isolation ?? 'read committed').toUpperCase()}`);
        try {
          const result = await fn(direct);
          await pg.exec('COMMIT');
          return result;
        } catch (e) {
          await pg.exec('ROLLBACK');
          throw e;
        }
      });
    },
    dumpDataDir: () => enqueue(() => pg.dumpDataDir('none')),
    async close() {
      try {
        await enqueue(() => pg.close());
      } finally {
        lock?.release();
      }
    },
  };
}
