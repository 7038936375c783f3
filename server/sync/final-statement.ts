import type { Queryable } from '../db/types';

/**
 * One write that rides in a transaction's last statement: `sql` is an INSERT, UPDATE or DELETE reading its one
 * JSON parameter through the placeholder it is given.
 */
export type TailWrite = { sql: (param: string) => string; value: unknown };

/**
 * Runs the writes as one statement (data-modifying CTEs), so a push's serialised stretch — from taking the feed
 * counter to COMMIT — is one round trip to PostgreSQL instead of one per table (docs/sync.md, benchmarks: the
 * throughput under load was bounded by statements sent while the counter's lock was held). The parts see one
 * snapshot and must not touch the same row twice.
 */
export async function runFinalStatement(
  q: Queryable,
  parts: readonly TailWrite[],
  opts: { commit?: boolean } = {},
): Promise<void> {
  if (parts.length === 0) return;
  const ctes = parts.map((p, i) => `w${i} AS (${p.sql(`$${i + 1}::jsonb`)})`);
  const text = `WITH ${ctes.join(',\n')} SELECT 1`;
  const values = parts.map((p) => JSON.stringify(p.value));
  // `commit`: nothing follows in this transaction, so COMMIT may leave with the statement (pg.ts).
  // Prepared: the same few texts every time (one per combination of parts), and the longest of the push path.
  if (opts.commit === true && q.queryAndCommit !== undefined)
    await q.queryAndCommit(text, values, { prepare: true });
  else await q.query(text, values, { prepare: true });
}
