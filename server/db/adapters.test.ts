import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import type { ServerDb } from './types';

/** Both adapters behave the same where server code can tell: types, transactions and concurrency. */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DB_KINDS)('the %s adapter', (kind) => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb(kind, { migrated: false });
    await db.query('CREATE TABLE t (k text PRIMARY KEY, n bigint, j jsonb, b boolean)');
  });
  afterAll(() => db.close());

  it('says what it is', () => {
    expect(db.kind).toBe(kind);
    expect(db.singleMachine).toBe(kind === 'pglite');
  });

  it('returns bigint as a number, jsonb parsed, and counts rows', async () => {
    const ins = await db.query('INSERT INTO t VALUES ($1, $2, $3, $4), ($5, $6, $7, $8)', [
      'a',
      2 ** 40,
      JSON.stringify({ x: [1, '二'] }),
      true,
      'b',
      1,
      JSON.stringify([1, 2]),
      false,
    ]);
    expect(ins.rowCount).toBe(2);
    const { rows, rowCount } = await db.query('SELECT k, n, j, b, count(*) OVER () AS c FROM t ORDER BY k');
    expect(rowCount).toBe(2);
    expect(rows).toEqual([
      { k: 'a', n: 2 ** 40, j: { x: [1, '二'] }, b: true, c: 2 },
      { k: 'b', n: 1, j: [1, 2], b: false, c: 2 },
    ]);
    await expect(db.query("SELECT '9007199254740993'::bigint AS n")).rejects.toThrow();
  });

  it('runs several statements in one text without parameters, answering with the last', async () => {
    const r = await db.query("UPDATE t SET b = true WHERE k = 'b'; SELECT count(*) AS n FROM t WHERE b");
    expect(r.rows).toEqual([{ n: 2 }]);
  });

  it('commits a transaction, rolls it back on throw, and honours the isolation level', async () => {
    expect(
      await db.tx(async (q) => (await q.query("INSERT INTO t (k) VALUES ('c') RETURNING k")).rows),
    ).toEqual([{ k: 'c' }]);
    await expect(
      db.tx(async (q) => {
        await q.query("INSERT INTO t (k) VALUES ('d')");
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    const level = await db.tx(
      async (q) =>
        (await q.query<{ l: string }>("SELECT current_setting('transaction_isolation') AS l")).rows[0]?.l,
      { isolation: 'serializable' },
    );
    expect(level).toBe('serializable');
    expect((await db.query('SELECT k FROM t ORDER BY k')).rows.map((r) => r['k'])).toEqual(['a', 'b', 'c']);
  });

  it('never runs a concurrent query inside another caller’s transaction', async () => {
    const rolledBack = db
      .tx(async (q) => {
        await q.query("INSERT INTO t (k) VALUES ('inside')");
        await sleep(80);
        throw new Error('rolled back on purpose');
      })
      .catch((e: unknown) => e);
    await sleep(10);
    // Issued while the transaction sleeps: on PGlite it waits its turn, on PostgreSQL it runs on another
    // connection; either way it must not be undone by the other caller's ROLLBACK.
    const outside = db.query("INSERT INTO t (k) VALUES ('outside')");
    const concurrentTx = db.tx((q) => q.query("INSERT INTO t (k) VALUES ('other-tx')"));
    await Promise.all([rolledBack, outside, concurrentTx]);
    const keys = (await db.query<{ k: string }>('SELECT k FROM t ORDER BY k')).rows.map((r) => r.k);
    expect(keys).toContain('outside');
    expect(keys).toContain('other-tx');
    expect(keys).not.toContain('inside');
  });
});
