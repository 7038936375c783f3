import { rowHash } from '../../shared/sync/checksum';
import type { TailWrite } from './final-statement';

/** A row's sync state before or after a transaction: what its office's checksum counts. */
export type RowState = {
  officeId: string;
  rowSeq: number;
  fieldSeqs: Record<string, number>;
  deleted: unknown;
};

const RECORD_KEYS = (p: string) => `jsonb_to_recordset(${p}) AS k(entity text, id text)`;

/** The feed rows of one transaction (seq.ts `appendChanges` numbers them). */
export const changeLogWrite = (log: readonly Record<string, unknown>[]): TailWrite => ({
  sql: (
    p,
  ) => `INSERT INTO change_log (seq, tx_last, entity, id, office_id, case_id, op, data, row_seq, field_seqs,
       deleted, client_id, mutation_id)
     SELECT seq, tx_last, entity, id, office_id, case_id, op, data, row_seq, field_seqs, deleted, client_id, mutation_id
     FROM jsonb_to_recordset(${p}) AS r(seq bigint, tx_last boolean, entity text, id text, office_id text,
       case_id text, op text, data jsonb, row_seq bigint, field_seqs jsonb, deleted jsonb, client_id text,
       mutation_id bigint)
     ORDER BY seq`,
  value: log,
});

/** The current rows as the transaction leaves them: upserts of the rows that remain, deletes of those removed. */
export function rowWrites(
  before: ReadonlyMap<string, RowState | null>,
  after: ReadonlyMap<string, RowState | null>,
  finalRows: ReadonlyMap<string, Record<string, unknown>>,
): TailWrite[] {
  const out: TailWrite[] = [];
  if (finalRows.size > 0)
    out.push({
      sql: (
        p,
      ) => `INSERT INTO entity_rows (entity, id, office_id, case_id, data, row_seq, field_seqs, deleted)
       SELECT entity, id, office_id, case_id, data, row_seq, field_seqs, deleted
       FROM jsonb_to_recordset(${p}) AS r(entity text, id text, office_id text, case_id text, data jsonb,
         row_seq bigint, field_seqs jsonb, deleted jsonb)
       ORDER BY entity, id
       ON CONFLICT (entity, id) DO UPDATE SET office_id = excluded.office_id, case_id = excluded.case_id,
         data = excluded.data, row_seq = excluded.row_seq, field_seqs = excluded.field_seqs,
         deleted = excluded.deleted`,
      value: [...finalRows.values()],
    });
  const removed = [...after].filter(([k, s]) => s === null && before.get(k)).map(([k]) => k.split('\u0000'));
  if (removed.length > 0)
    out.push({
      sql: (p) =>
        `DELETE FROM entity_rows e USING ${RECORD_KEYS(p)} WHERE e.entity = k.entity AND e.id = k.id`,
      value: removed.map(([entity, id]) => ({ entity, id })),
    });
  return out;
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

/**
 * The offices' checksums moved by what the transaction changed (none when nothing a checksum counts moved): one
 * delta row per office, keyed by the transaction's last seq, so that concurrent writers of one office never wait
 * for each other's row (migration 0006; watermark.ts adds them up to a watermark and folds them).
 */
export function checksumWrites(
  before: ReadonlyMap<string, RowState | null>,
  after: ReadonlyMap<string, RowState | null>,
  lastSeq: number,
): TailWrite[] {
  const rows = [...checksumDeltas(before, after)]
    .filter(([, d]) => d !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([office_id, d]) => ({ office_id, seq: lastSeq, d }));
  if (rows.length === 0) return [];
  return [
    {
      sql: (p) => `INSERT INTO office_checksum_deltas (office_id, seq, d)
     SELECT office_id, seq, d FROM jsonb_to_recordset(${p}) AS r(office_id text, seq bigint, d bigint)`,
      value: rows,
    },
  ];
}
