import { rowHash } from '../../shared/sync/checksum';
import type { SyncEntity } from '../../shared/sync/entities';
import type { Queryable } from '../db/types';

/**
 * The commit-ordered cursor (docs/sync.md §2.4). A bare sequence hands out numbers at INSERT time, so a later
 * number can commit before an earlier one and a puller that has moved past it never sees the earlier row. Here
 * the numbers come from one counter row, updated as the last step of the transaction: its row lock is held until
 * COMMIT, so the next committer gets its numbers only after this one is visible — seqs become visible in order,
 * and a rolled-back transaction gives its numbers back (no holes).
 */
export async function allocateSeqs(q: Queryable, n: number): Promise<number> {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`allocateSeqs: n must be a positive integer, got ${n}`);
  const { rows } = await q.query<{ seq: number }>(
    'UPDATE sync_counter SET seq = seq + $1 WHERE id = 1 RETURNING seq',
    [n],
  );
  const last = rows[0]?.seq;
  if (last === undefined) throw new Error('sync_counter has no row: the server database is not migrated');
  return last - n + 1;
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

type RowState = { officeId: string; rowSeq: number; fieldSeqs: Record<string, number>; deleted: unknown };
type CurrentRow = {
  entity: string;
  id: string;
  office_id: string;
  row_seq: number;
  field_seqs: Record<string, number>;
  deleted: unknown;
};

const keyOf = (entity: string, id: string): string => `${entity}\u0000${id}`;
const RECORD_KEYS = 'jsonb_to_recordset($1::jsonb) AS k(entity text, id text)';

/**
 * Appends a transaction's row changes to the feed and applies them to entity_rows, keeping each office's
 * checksum (docs/sync.md §2.6) in step. Call it once, as the last step of the transaction; it returns the seq
 * of each change in order, and the last change is marked `tx_last` so a pull page never splits the transaction.
 *
 * entity_rows and change_log are written only here. The touched rows that exist are locked first (in key
 * order, so two writers cannot deadlock on them); after the seq allocation this transaction holds the counter
 * lock, so every earlier writer has committed and the current row versions are read from the latest state.
 */
export async function appendChanges(q: Queryable, changes: readonly ChangeLogInput[]): Promise<number[]> {
  if (changes.length === 0) return [];
  const keys = [
    ...new Map(changes.map((c) => [keyOf(c.entity, c.id), { entity: c.entity, id: c.id }])).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, k]) => k);
  const keysJson = JSON.stringify(keys);
  await q.query(
    `SELECT 1 FROM entity_rows e JOIN ${RECORD_KEYS} ON e.entity = k.entity AND e.id = k.id
     ORDER BY e.entity, e.id FOR UPDATE OF e`,
    [keysJson],
  );
  const first = await allocateSeqs(q, changes.length);
  const { rows: current } = await q.query<CurrentRow>(
    `SELECT e.entity, e.id, e.office_id, e.row_seq, e.field_seqs, e.deleted
     FROM entity_rows e JOIN ${RECORD_KEYS} ON e.entity = k.entity AND e.id = k.id`,
    [keysJson],
  );
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

  await q.query(
    `INSERT INTO change_log (seq, tx_last, entity, id, office_id, case_id, op, data, row_seq, field_seqs, deleted,
       client_id, mutation_id)
     SELECT seq, tx_last, entity, id, office_id, case_id, op, data, row_seq, field_seqs, deleted, client_id, mutation_id
     FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, tx_last boolean, entity text, id text, office_id text,
       case_id text, op text, data jsonb, row_seq bigint, field_seqs jsonb, deleted jsonb, client_id text,
       mutation_id bigint)
     ORDER BY seq`,
    [JSON.stringify(log)],
  );
  await writeRows(q, before, after, finalRows);
  await addToChecksums(q, checksumDeltas(before, after));
  return log.map((l) => l.seq);
}

async function writeRows(
  q: Queryable,
  before: ReadonlyMap<string, RowState | null>,
  after: ReadonlyMap<string, RowState | null>,
  finalRows: ReadonlyMap<string, Record<string, unknown>>,
): Promise<void> {
  if (finalRows.size > 0)
    await q.query(
      `INSERT INTO entity_rows (entity, id, office_id, case_id, data, row_seq, field_seqs, deleted)
       SELECT entity, id, office_id, case_id, data, row_seq, field_seqs, deleted
       FROM jsonb_to_recordset($1::jsonb) AS r(entity text, id text, office_id text, case_id text, data jsonb,
         row_seq bigint, field_seqs jsonb, deleted jsonb)
       ORDER BY entity, id
       ON CONFLICT (entity, id) DO UPDATE SET office_id = excluded.office_id, case_id = excluded.case_id,
         data = excluded.data, row_seq = excluded.row_seq, field_seqs = excluded.field_seqs,
         deleted = excluded.deleted`,
      [JSON.stringify([...finalRows.values()])],
    );
  const removed = [...after].filter(([k, s]) => s === null && before.get(k)).map(([k]) => k.split('\u0000'));
  if (removed.length > 0)
    await q.query(
      `DELETE FROM entity_rows e USING ${RECORD_KEYS} WHERE e.entity = k.entity AND e.id = k.id`,
      [JSON.stringify(removed.map(([entity, id]) => ({ entity, id })))],
    );
}

/** Per office: the hashes of the rows as they end up minus the rows as they were, mod 2^32. */
function checksumDeltas(
  before: ReadonlyMap<string, RowState | null>,
  after: ReadonlyMap<string, RowState | null>,
): Map<string, number> {
  const delta = new Map<string, number>();
  const add = (key: string, s: RowState | null, sign: 1 | -1): void => {
    if (s === null) return;
    const [entity = '', id = ''] = key.split('\u0000');
    const h = rowHash({
      entity,
      id,
      rowSeq: s.rowSeq,
      deleted: s.deleted !== null && s.deleted !== undefined,
    });
    delta.set(s.officeId, ((delta.get(s.officeId) ?? 0) + sign * h) >>> 0);
  };
  for (const [key, s] of before) add(key, s, -1);
  for (const [key, s] of after) add(key, s, 1);
  return delta;
}

async function addToChecksums(q: Queryable, delta: ReadonlyMap<string, number>): Promise<void> {
  const rows = [...delta]
    .filter(([, d]) => d !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([office_id, d]) => ({ office_id, d }));
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO office_checksums (office_id, sum)
     SELECT office_id, d FROM jsonb_to_recordset($1::jsonb) AS r(office_id text, d bigint) ORDER BY office_id
     ON CONFLICT (office_id) DO UPDATE SET sum = (office_checksums.sum + excluded.sum) % 4294967296`,
    [JSON.stringify(rows)],
  );
}
