/**
 * Per-office checkpoint checksums (docs/sync.md §2.6): a 32-bit sum, over every confirmed row of an office, of a
 * hash of (entity, id, row_seq, deleted). A sum can be kept incrementally and does not depend on the order rows
 * are visited, so the server and a desktop computing it over the same rows always agree, and any missed or extra
 * row (or a row at another version) almost surely changes it.
 */

/** FNV-1a, 32 bit, over the UTF-16 code units of the text (both sides hash the same JS strings). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type ChecksumRow = { entity: string; id: string; rowSeq: number; deleted: boolean };

export const rowHash = (r: ChecksumRow): number =>
  fnv1a(`${r.entity}\u0001${r.id}\u0001${r.rowSeq}\u0001${r.deleted ? 1 : 0}`);

/** Adds one row's hash to a running checksum (mod 2^32). */
export const addToChecksum = (sum: number, r: ChecksumRow): number => (sum + rowHash(r)) >>> 0;

export const checksumOf = (rows: Iterable<ChecksumRow>): number => {
  let sum = 0;
  for (const r of rows) sum = addToChecksum(sum, r);
  return sum;
};
