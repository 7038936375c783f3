import type { SyncEntity } from '../../../../shared/sync/entities';
import { fieldsOf, type SqliteRow } from './entity-codec';

/** The key of the compact form's shared seq: no entity field is named '*'. */
const DEFAULT_KEY = '*';
/** The stored form of "every field at row_seq". */
export const ROW_SEQ_ONLY = '*';

/**
 * A row's `field_seqs` as stored (issue 12 item 5, "small on disk"). The server sends a seq for every field of
 * a row (all of them for a row it created), and most fields share one — the seq of the change that created the
 * row — so the plain `{field: seq}` map cost about as much as the row itself. When the map names every field the
 * entity has, it is stored as `{"*": <the commonest seq>, <each field with another seq>}`; `fieldSeqsOf` expands
 * it back to exactly the same map. A map that lacks one of the entity's fields stays plain: expanding `*` would
 * give that field a seq where the server has none (its base falls back to row_seq), which is not the same.
 *
 * Since migration 0019 the commonest case, every field at the row's own seq (a row no one edited since the
 * server created it), is stored as the single character `*` (ROW_SEQ_ONLY), and read back from `row_seq`.
 */
export function encodeFieldSeqs(
  entity: SyncEntity,
  seqs: Readonly<Record<string, number>>,
  rowSeq: number,
): string {
  const known = fieldsOf(entity).map(([f]) => f);
  if (known.length === 0 || !known.every((f) => typeof seqs[f] === 'number')) return JSON.stringify(seqs);
  const counts = new Map<number, number>();
  for (const f of known) counts.set(seqs[f] as number, (counts.get(seqs[f] as number) ?? 0) + 1);
  const common = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const knownSet = new Set(known);
  const out: Record<string, number> = { [DEFAULT_KEY]: common };
  // Fields this build does not know (a newer server's) are always listed, since `*` expands to known ones only.
  for (const [f, seq] of Object.entries(seqs)) if (seq !== common || !knownSet.has(f)) out[f] = seq;
  if (common === rowSeq && Object.keys(out).length === 1) return ROW_SEQ_ONLY;
  return JSON.stringify(out);
}

/** `{field: seq}` from a row's field_seqs column, plain or compact (encodeFieldSeqs). */
export function fieldSeqsOf(entity: SyncEntity, raw: SqliteRow): Record<string, number> {
  const text = raw['field_seqs'];
  if (typeof text !== 'string') return {};
  if (text === ROW_SEQ_ONLY) {
    const rowSeq = raw['row_seq'];
    if (typeof rowSeq !== 'number') throw new Error(`field_seqs '${ROW_SEQ_ONLY}' on a row without row_seq`);
    return Object.fromEntries(fieldsOf(entity).map(([f]) => [f, rowSeq]));
  }
  const v: unknown = JSON.parse(text);
  if (v === null || typeof v !== 'object') return {};
  const stored = v as Record<string, number>;
  const common = stored[DEFAULT_KEY];
  if (typeof common !== 'number') return stored;
  const out: Record<string, number> = {};
  for (const [f] of fieldsOf(entity)) out[f] = common;
  for (const [f, seq] of Object.entries(stored)) if (f !== DEFAULT_KEY) out[f] = seq;
  return out;
}
