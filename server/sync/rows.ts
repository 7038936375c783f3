import { ENTITY_SPECS, type SyncEntity } from '../../shared/sync/entities';
import type { Queryable } from '../db/types';
import { appendChanges, type FinalWrites } from './seq';

/** One entity row as the server keeps it (`entity_rows`): the camelCase entity image plus sync bookkeeping. */
export type StoredRow = {
  entity: SyncEntity;
  id: string;
  officeId: string;
  caseId: string | null;
  data: Record<string, unknown> | null;
  rowSeq: number;
  fieldSeqs: Record<string, number>;
  deleted: { at: string; by: string | null; reason: string | null } | null;
};

/** A row's next state, decided by a push (or an admin command) before its seq is known. */
export type RowWrite = {
  entity: SyncEntity;
  id: string;
  officeId: string;
  caseId: string | null;
  data: Record<string, unknown> | null;
  /** Fields whose version becomes this write's seq ('*' = every field: a new row). */
  changed: readonly string[] | '*';
  deleted: StoredRow['deleted'];
};

export type DbRow = {
  entity: SyncEntity;
  id: string;
  office_id: string;
  case_id: string | null;
  data: Record<string, unknown> | null;
  row_seq: string | number;
  field_seqs: Record<string, number>;
  deleted: StoredRow['deleted'];
};

export const toStored = (r: DbRow): StoredRow => ({
  entity: r.entity,
  id: r.id,
  officeId: r.office_id,
  caseId: r.case_id,
  data: r.data,
  rowSeq: Number(r.row_seq),
  fieldSeqs: r.field_seqs,
  deleted: r.deleted,
});

/** The row, locked for the rest of the transaction when `lock` (a push reads what it is about to change). */
export async function getRow(
  q: Queryable,
  entity: SyncEntity,
  id: string,
  lock = false,
): Promise<StoredRow | null> {
  const r = await q.query<DbRow>(
    `SELECT * FROM entity_rows WHERE entity = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [entity, id],
  );
  return r.rows[0] ? toStored(r.rows[0]) : null;
}

export async function listCaseRows(q: Queryable, caseId: string, entity: SyncEntity): Promise<StoredRow[]> {
  const r = await q.query<DbRow>('SELECT * FROM entity_rows WHERE case_id = $1 AND entity = $2', [
    caseId,
    entity,
  ]);
  return r.rows.map(toStored);
}

export async function getSetting(q: Queryable, key: string): Promise<unknown> {
  const row = await getRow(q, 'setting', key);
  return row?.data?.['value'] ?? null;
}

/** The case a row belongs to: the case itself, or the row's caseId for the other case-scoped entities. */
export function caseIdOf(
  entity: SyncEntity,
  id: string,
  data: Record<string, unknown> | null,
): string | null {
  if (entity === 'case') return id;
  if (!ENTITY_SPECS[entity].caseScoped) return null;
  const c = data?.['caseId'];
  return typeof c === 'string' ? c : null;
}

/**
 * Writes a transaction's rows through the change feed (seq.ts `appendChanges`: seqs allocated at the END of the
 * transaction under the counter's row lock, `tx_last` on the last row, per-office checksums kept in step).
 */
export async function commitRows(
  q: Queryable,
  writes: readonly RowWrite[],
  origin: { clientId: string | null; mutationId: number | null },
  final: FinalWrites = {},
): Promise<number[]> {
  return appendChanges(
    q,
    writes.map((w) => ({
      entity: w.entity,
      id: w.id,
      officeId: w.officeId,
      caseId: w.caseId,
      op: 'upsert' as const,
      data: w.data,
      fields: w.changed === '*' ? Object.keys(w.data ?? {}) : w.changed,
      deleted: w.deleted,
      ...origin,
    })),
    final,
  );
}
