import type { SyncEntity } from '../../shared/sync/entities';
import type { Queryable } from '../db/types';
import { runFinalStatement, type TailWrite } from './final-statement';
import { changeLogWrite, checksumWrites, rowWrites, type RowState } from './feed-writes';

/**
 * The commit-ordered cursor (docs/sync.md §2.4). A bare sequence hands out numbers at INSERT time, so a later
 * number can commit before an earlier one and a puller that has moved past it never sees the earlier row. Here a
 * transaction takes its block of consecutive seqs as its last step (`sync_allocate`, migration 0006) and the block
 * is registered as in flight until COMMIT or ROLLBACK; readers go only up to the watermark below every block in
 * flight (watermark.ts), so no row can appear below a cursor. No lock is held to COMMIT: committers no longer
 * queue behind each other's WAL flush. A rolled-back block leaves a hole, which no reader ever waits for.
 */
export async function allocateSeqs(q: Queryable, n: number): Promise<number> {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`allocateSeqs: n must be a positive integer, got ${n}`);
  const { rows } = await q.query<{ first: number }>('SELECT sync_allocate($1) AS first', [n]);
  const first = rows[0]?.first;
  if (first === undefined || first === null)
    throw new Error('sync_allocate gave no seq: the server database is not migrated');
  return first;
}

/** One row written by a server transaction, as it goes into the change feed and the current rows. */
export type ChangeLogInput = {
  entity: SyncEntity;
  id: string;
  officeId: string;
  caseId: string | null;
  /** 'delete' removes the row (a hard delete); synced records are normally tombstoned: an upsert with `deleted`. */
  op: 'upsert' | 'delete';
  /** The row's full image after the change: camelCase fields of ENTITY_SPECS[entity]; null for a delete. */
  data: Record<string, unknown> | null;
  /** The fields this change wrote: they take this change's seq in field_seqs (all fields for a new row). */
  fields: readonly string[];
  /** The tombstone (who, when, why) when the row is withdrawn; null for a live row. */
  deleted: Record<string, unknown> | null;
  clientId: string | null;
  mutationId: number | null;
};

export type CurrentRow = {
  entity: string;
  id: string;
  office_id: string;
  row_seq: number;
  field_seqs: Record<string, number>;
  deleted: unknown;
};

const keyOf = (entity: string, id: string): string => `${entity}\u0000${id}`;

/**
 * The key locks, the rows as they then are and a block of `n` seqs, taken for `keys` in one statement (migration
 * 0006 `sync_take_rows`). `appendChanges` takes them itself; a push takes them for its pushed rows in its first
 * round trip instead (push.ts), so that its rows' writes need one round trip fewer.
 */
export type Taken = { first: number; n: number; keys: ReadonlySet<string>; rows: readonly CurrentRow[] };

export async function takeRows(
  q: Queryable,
  keys: readonly { entity: SyncEntity; id: string }[],
  n: number,
): Promise<Taken> {
  const sorted = [
    ...new Map(keys.map((k) => [keyOf(k.entity, k.id), { entity: k.entity, id: k.id }])).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, k]) => k);
  const { rows: taken } = await q.query<{ t: { first: number; rows: CurrentRow[] } }>(
    'SELECT sync_take_rows($1::text[], $2::jsonb, $3) AS t',
    [sorted.map((k) => `${k.entity}:${k.id}`), JSON.stringify(sorted), n],
    { prepare: true },
  );
  const t = taken[0]?.t;
  if (t === undefined) throw new Error('sync_take_rows answered nothing');
  return { first: t.first, n, keys: new Set(sorted.map((k) => keyOf(k.entity, k.id))), rows: t.rows };
}

/**
 * Whether rows taken earlier in the transaction may stand for this one's own take: every key it writes was
 * locked and read there, and the block has a seq for each change. A key not among them was neither locked
 * before the seqs were allocated nor read (its row as stored would be missing from the checksum and its field
 * seqs), and a change beyond the block would take a seq of someone else's; either way the writer takes anew.
 */
export const takenCovers = (t: Taken, changes: readonly { entity: string; id: string }[]): boolean =>
  changes.length <= t.n && changes.every((c) => t.keys.has(keyOf(c.entity, c.id)));

/** What else a transaction writes in its last statement, with the feed (push.ts: outcome, device, audit). */
export type FinalWrites = {
  /** The writes, given this transaction's seqs (none when it changes no rows). */
  tail?: (seqs: readonly number[]) => TailWrite[];
  /** Nothing follows the last statement: it may take COMMIT with it (final-statement.ts). */
  commit?: boolean;
  /** Rows taken earlier in this transaction (`takeRows`), used when they cover these changes (`takenCovers`). */
  taken?: Taken;
};

/**
 * Appends a transaction's row changes to the feed and applies them to entity_rows, keeping each office's
 * checksum (docs/sync.md §2.6) in step. Call it once, as the last step of the transaction; it returns the seq
 * of each change in order, and the last change is marked `tx_last` so a pull page never splits the transaction.
 *
 * entity_rows and change_log are written only here. Writers of one row are ordered by a lock on its key, taken
 * in key order (so two writers cannot deadlock on them); a row that does not exist yet has no row lock, and two
 * transactions creating it at once would each count it as new in the checksum. With the keys held, the rows are
 * read as they will stay until COMMIT, and a later writer of the same row takes its seqs after this one has
 * committed, so a row's seqs only grow. The seqs are taken last (or with rows taken earlier, after their keys'
 * locks, `final.taken`) and everything is then written in one statement (final-statement.ts).
 */
export async function appendChanges(
  q: Queryable,
  changes: readonly ChangeLogInput[],
  final: FinalWrites = {},
): Promise<number[]> {
  if (changes.length === 0) {
    await runFinalStatement(q, final.tail?.([]) ?? [], { commit: final.commit === true });
    return [];
  }
  // The key locks, the rows as they then are, and the seqs, in one round trip — unless taken already.
  const t =
    final.taken !== undefined && takenCovers(final.taken, changes)
      ? final.taken
      : await takeRows(q, changes, changes.length);
  const { first } = t;
  const before = new Map<string, RowState | null>(changes.map((c) => [keyOf(c.entity, c.id), null]));
  for (const r of t.rows)
    // Rows taken earlier may include pushed rows this transaction does not write: they stay out of its sums.
    if (before.has(keyOf(r.entity, r.id)))
      before.set(keyOf(r.entity, r.id), {
        officeId: r.office_id,
        rowSeq: r.row_seq,
        fieldSeqs: r.field_seqs,
        deleted: r.deleted,
      });

  const after = new Map(before);
  const finalRows = new Map<string, Record<string, unknown>>();
  const log = changes.map((c, i) => {
    const seq = first + i;
    const key = keyOf(c.entity, c.id);
    const prev = after.get(key) ?? null;
    const fieldSeqs: Record<string, number> = c.op === 'delete' ? {} : { ...(prev?.fieldSeqs ?? {}) };
    if (c.op === 'upsert') for (const f of c.fields) fieldSeqs[f] = seq;
    if (c.op === 'delete') {
      after.set(key, null);
      finalRows.delete(key);
    } else {
      after.set(key, { officeId: c.officeId, rowSeq: seq, fieldSeqs, deleted: c.deleted });
      finalRows.set(key, {
        entity: c.entity,
        id: c.id,
        office_id: c.officeId,
        case_id: c.caseId,
        data: c.data,
        row_seq: seq,
        field_seqs: fieldSeqs,
        deleted: c.deleted,
      });
    }
    return {
      seq,
      tx_last: i === changes.length - 1,
      entity: c.entity,
      id: c.id,
      office_id: c.officeId,
      case_id: c.caseId,
      op: c.op,
      data: c.op === 'delete' ? null : c.data,
      row_seq: seq,
      field_seqs: fieldSeqs,
      deleted: c.deleted,
      client_id: c.clientId,
      mutation_id: c.mutationId,
    };
  });
  const seqs = log.map((l) => l.seq);
  await runFinalStatement(
    q,
    [
      changeLogWrite(log),
      ...rowWrites(before, after, finalRows),
      ...checksumWrites(before, after, seqs[seqs.length - 1] ?? first),
      ...(final.tail?.(seqs) ?? []),
    ],
    { commit: final.commit === true },
  );
  return seqs;
}
