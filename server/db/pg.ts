import pg from 'pg';
import { INT8_OID, parseInt8 } from './int8';
import { listenOn } from './pg-listen';
import type { Isolation, Queryable, Row, ServerDb } from './types';

/** Our int8 parser on this pool only (pg.types.setTypeParser would change every pg user in the process). */
const types = {
  getTypeParser: ((oid: number, format?: string): unknown =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

const asQueryable = (c: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R extends Row = Row>(text: string, values?: readonly unknown[]) {
    const res = await c.query<R>(text, values === undefined ? undefined : [...values]);
    // A multi-statement text returns one result per statement; the last one is the answer.
    const last = (Array.isArray(res) ? res[res.length - 1] : res) as pg.QueryResult<R> | undefined;
    return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
  },
});

/** PostgreSQL through a pg.Pool; each transaction runs on a client of its own. */
export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<ServerDb> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Fail at start, not at the first request, when the database is unreachable.
  await pool.query('SELECT 1');
  const pooled = asQueryable(pool);
  return {
    kind: 'postgres',
    singleMachine: false,
    query: (text, values) => pooled.query(text, values),
    async tx<T>(fn: (q: Queryable) => Promise<T>, o?: { isolation?: Isolation }): Promise<T> {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${(o?.isolation ?? 'read committed').toUpperCase()}`);
        try {
          const result = await fn(asQueryable(client));
          await client.query('COMMIT');
          return result;
        } catch (e) {
          await client.query('ROLLBACK').catch((rollbackError: unknown) => {
            broken = rollbackError;
          });
          throw e;
        }
      } finally {
        // A client whose ROLLBACK failed is in an unknown state: destroy it instead of returning it to the pool.
        client.release(broken === undefined ? undefined : true);
      }
    },
    listen: (channel, onPayload) => listenOn(url, channel, onPayload),
    close: () => pool.end(),
  };
}
