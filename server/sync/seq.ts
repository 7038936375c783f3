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

type CurrentRow = {
  entity: string;
  id: string;
  office_id: string;
  row_seq: number;
  field_seqs: Record<string, number>;
  deleted: unknown;
};

const keyOf = (entity: string, id: string): string => `${entity}\u0000${id}`;

/** What else a transaction writes in its last statement, with the feed (push.ts: outcome, device, audit). */
export type FinalWrites = {
  /** The writes, given this transaction's seqs (none when it changes no rows). */
  tail?: (seqs: readonly number[]) => TailWrite[];
  /** Nothing follows the last statement: it may take COMMIT with it (final-statement.ts). */
  commit?: boolean;
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
 * committed, so a row's seqs only grow. The seqs are taken last and everything is then written in one statement
 * (final-statement.ts).
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
  const keys = [
    ...new Map(changes.map((c) => [keyOf(c.entity, c.id), { entity: c.entity, id: c.id }])).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, k]) => k);
  // The key locks, the rows as they then are, and the seqs, in one round trip (migration 0006 `sync_take_rows`).
  const { rows: taken } = await q.query<{ t: { first: number; rows: CurrentRow[] } }>(
    'SELECT sync_take_rows($1::text[], $2::jsonb, $3) AS t',
    [keys.map((k) => `${k.entity}:${k.id}`), JSON.stringify(keys), changes.length],
    { prepare: true },
  );
  const t = taken[0]?.t;
  if (t === undefined) throw new Error('sync_take_rows answered nothing');
  const { first, rows: current } = t;
  const before = new Map<string, RowState | null>(keys.map((k) => [keyOf(k.entity, k.id), null]));
  for (const r of current)
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
