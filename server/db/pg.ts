import { createHash } from 'node:crypto';
import pg from 'pg';
import { INT8_OID, parseInt8 } from './int8';
import { listenOn } from './pg-listen';
import type { Isolation, Queryable, QueryOptions, Row, ServerDb } from './types';

/** Our int8 parser on this pool only (pg.types.setTypeParser would change every pg user in the process). */
const types = {
  getTypeParser: ((oid: number, format?: string): unknown =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A prepared statement's name: the same text gets the same name on every connection (pg prepares it once each). */
const preparedName = (text: string): string =>
  `ldcs_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;

const asQueryable = (c: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R extends Row = Row>(text: string, values?: readonly unknown[], opts?: QueryOptions) {
    const vals = values === undefined ? undefined : [...values];
    const res =
      opts?.prepare === true
        ? await c.query<R>({
            name: preparedName(text),
            text,
            ...(vals === undefined ? {} : { values: vals }),
          })
        : await c.query<R>(text, vals);
    // A multi-statement text returns one result per statement; the last one is the answer.
    const last = (Array.isArray(res) ? res[res.length - 1] : res) as pg.QueryResult<R> | undefined;
    return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
  },
});

/**
 * Statements a transaction issues in one synchronous run of code (before its next await) leave in one socket
 * write: BEGIN with the first statement, statements sent without awaiting the previous one, the last statement
 * with COMMIT. The pool runs in pipeline mode (a statement goes out at once instead of after the previous
 * answer), and each would otherwise be a write of its own: on the benchmark machine a write costs the server
 * process about 0.4 ms, a third of its busy time under load (docs/sync.md, benchmarks). The stream is uncorked in
 * a microtask, not in setImmediate, which delayed every statement of a pull by a turn of the event loop. Corking
 * changes only when bytes leave, never their order, so the database still runs the statements as sent. (pg's
 * own Query.submit corks the same stream around each statement's messages.)
 */
function corkPerTurn(client: pg.PoolClient): () => void {
  const stream = (client as unknown as { connection?: { stream?: NodeJS.WritableStream } }).connection
    ?.stream as { cork?: () => void; uncork?: () => void } | undefined;
  let corked = false;
  return () => {
    if (corked || stream?.cork === undefined || stream.uncork === undefined) return;
    corked = true;
    stream.cork();
    queueMicrotask(() => {
      corked = false;
      stream.uncork?.();
    });
  };
}

/** PostgreSQL through a pg.Pool; each transaction runs on a client of its own. */
export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<ServerDb> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types, pipeline: true });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Fail at start, not at the first request, when the database is unreachable.
  await pool.query('SELECT 1');
  const pooled = asQueryable(pool);
  return {
    kind: 'postgres',
    singleMachine: false,
    query: (text, values, opts) => pooled.query(text, values, opts),
    async tx<T>(fn: (q: Queryable) => Promise<T>, o?: { isolation?: Isolation }): Promise<T> {
      const client = await pool.connect();
      const cork = corkPerTurn(client);
      const inner = asQueryable(client);
      let broken: unknown;
      let ended = false;
      try {
        // Not awaited: BEGIN leaves with the transaction's first statement (one round trip, not two). Each
        // statement below waits for it too, so nothing carries on past a failed BEGIN.
        cork();
        const begun = client.query(
          `BEGIN ISOLATION LEVEL ${(o?.isolation ?? 'read committed').toUpperCase()}`,
        );
        begun.catch(() => undefined);
        const q: Queryable = {
          async query<R extends Row = Row>(text: string, values?: readonly unknown[], opts?: QueryOptions) {
            if (ended) throw new Error('statement after the transaction was committed');
            cork();
            const [res] = await Promise.all([inner.query<R>(text, values, opts), begun]);
            return res;
          },
          async queryAndCommit<R extends Row = Row>(
            text: string,
            values?: readonly unknown[],
            opts?: QueryOptions,
          ) {
            if (ended) throw new Error('statement after the transaction was committed');
            ended = true;
            cork();
            const [res, commit] = await Promise.all([
              inner.query<R>(text, values, opts),
              client.query('COMMIT'),
              begun,
            ]);
            // A COMMIT of a transaction an earlier statement aborted answers ROLLBACK instead of failing.
            if (commit.command !== 'COMMIT') throw new Error(`COMMIT answered ${commit.command}`);
            return res;
          },
        };
        try {
          const result = await fn(q);
          if (!ended) {
            ended = true;
            cork();
            const [commit] = await Promise.all([client.query('COMMIT'), begun]);
            // A statement sent without waiting for its answer may have failed and aborted the transaction.
            if (commit.command !== 'COMMIT') throw new Error(`COMMIT answered ${commit.command}`);
          }
          return result;
        } catch (e) {
          // Also after a failed queryAndCommit: its transaction has ended either way, and ROLLBACK then only warns.
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
