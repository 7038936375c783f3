import type { Queryable, ServerDb } from '../db/types';

/**
 * The feed's watermark (docs/sync.md §2.4, migration 0006): the highest seq at or below which every block of seqs
 * is committed or rolled back. Take it BEFORE the snapshot that reads the feed (on another connection or before
 * BEGIN): a block still in flight when it is taken keeps the watermark below itself, and a block that finished
 * before it is visible to any snapshot taken after, so a reader that stops at the watermark never moves its cursor
 * past a row that commits later.
 */
export async function feedWatermark(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ w: number | null }>('SELECT sync_watermark() AS w');
  return Number(rows[0]?.w ?? 0);
}

/**
 * Inside a reader's snapshot: a watermark it may use instead of `w`, never lower. A fold of the checksums
 * (below) that this snapshot sees was made at a watermark taken before it committed, so everything at or below
 * that watermark is in this snapshot too; reading up to it keeps the checksums' base and the feed in step.
 */
export async function settledWatermark(q: Queryable, w: number): Promise<number> {
  const { rows } = await q.query<{ f: number | null }>(
    'SELECT max(folded_through) AS f FROM office_checksums',
  );
  return Math.max(w, Number(rows[0]?.f ?? 0));
}

/** Deltas summed by a read before a fold is worth it. */
const FOLD_AFTER = 256;

/**
 * The offices' checksums as of watermark `w` (from `settledWatermark` in the same snapshot): the folded sum plus
 * the transactions' deltas above it up to `w`. `deltas` says how many delta rows were added up.
 */
export async function checksumsAt(
  q: Queryable,
  offices: readonly string[],
  w: number,
): Promise<{ sums: Record<string, number>; deltas: number }> {
  const r = await q.query<{ office_id: string; sum: number; n: number }>(
    `SELECT o.office_id,
            (coalesce(c.sum, 0) + coalesce(d.s, 0)) % 4294967296 AS sum, coalesce(d.n, 0)::int AS n
     FROM unnest($1::text[]) AS o(office_id)
     LEFT JOIN office_checksums c ON c.office_id = o.office_id
     LEFT JOIN LATERAL (SELECT sum(x.d) AS s, count(*) AS n FROM office_checksum_deltas x
       WHERE x.office_id = o.office_id AND x.seq > coalesce(c.folded_through, 0) AND x.seq <= $2) d ON true`,
    [offices, w],
  );
  const sums: Record<string, number> = Object.fromEntries(offices.map((o) => [o, 0]));
  let deltas = 0;
  for (const row of r.rows) {
    sums[row.office_id] = Number(row.sum);
    deltas += Number(row.n);
  }
  return { sums, deltas };
}

export const foldWorthIt = (deltas: number): boolean => deltas >= FOLD_AFTER;

/**
 * Folds the checksum deltas at or below a fresh watermark into `office_checksums` (one short transaction; the
 * deltas' rows are deleted as they are added, so two folds at once never count one twice).
 */
export async function foldChecksums(db: ServerDb): Promise<void> {
  const w = await feedWatermark(db);
  await db.tx((q) =>
    q.query(
      `WITH gone AS (DELETE FROM office_checksum_deltas WHERE seq <= $1 RETURNING office_id, d),
         s AS (SELECT office_id, sum(d) % 4294967296 AS d FROM gone GROUP BY office_id)
       INSERT INTO office_checksums (office_id, sum, folded_through)
       SELECT office_id, d, $1 FROM s ORDER BY office_id
       ON CONFLICT (office_id) DO UPDATE SET sum = (office_checksums.sum + excluded.sum) % 4294967296,
         folded_through = greatest(office_checksums.folded_through, excluded.folded_through)`,
      [w],
    ),
  );
}

/** The offices' checksums as of the current watermark (for checks and tests; a pull computes its own). */
export async function checksumsNow(
  db: ServerDb,
  offices: readonly string[],
): Promise<Record<string, number>> {
  const w = await feedWatermark(db);
  return db.tx(async (q) => (await checksumsAt(q, offices, await settledWatermark(q, w))).sums, {
    isolation: 'repeatable read',
  });
}
