import type { Queryable } from '../db/types';
import type { StoredRow } from './rows';

type ConcurrentEdit = { field: string; kept: unknown; other: unknown; serverSeq: number };

/**
 * The fields of a pushed row whose stored version is newer than the author's base, written by another device,
 * with a different value: concurrent edits (equal values converge; a device's own earlier write is its sequence).
 */
export async function concurrentEdits(
  q: Queryable,
  clientId: string,
  existing: StoredRow,
  bases: Readonly<Record<string, number>>,
  data: Record<string, unknown> | null,
): Promise<ConcurrentEdit[]> {
  const out: ConcurrentEdit[] = [];
  for (const [field, base] of Object.entries(bases)) {
    const serverSeq = existing.fieldSeqs[field] ?? existing.rowSeq;
    const kept = existing.data?.[field];
    const other = data?.[field];
    if (serverSeq <= base || JSON.stringify(kept ?? null) === JSON.stringify(other ?? null)) continue;
    if (await ownWrite(q, serverSeq, clientId)) continue;
    out.push({ field, kept: kept ?? null, other: other ?? null, serverSeq });
  }
  return out;
}

/** The field's last version came from this same device (an earlier mutation of its own queue): not a conflict. */
async function ownWrite(q: Queryable, seq: number, clientId: string): Promise<boolean> {
  const r = await q.query<{ client_id: string | null }>('SELECT client_id FROM change_log WHERE seq = $1', [
    seq,
  ]);
  return r.rows[0]?.client_id === clientId;
}
