import type { RuleTerms } from '../../../../shared/deadlines';
import { encodeFacts, type DeadlineRow, type ProjectedDeadline } from './deadline-row';

/**
 * How a case's deadline rows are compared with what is stored: the compared columns, a row's fingerprint and a
 * case's 53-bit digest (migration 0015). One module for the repository, which writes the digest, and for the
 * recompute's worker threads, which compare with it on their own connection (deadline-worker.ts): a worker
 * that hashed differently would find every case stale, or worse, none.
 */

/** The columns a recompute compares (every column but the key), in this order. */
export const COLUMNS = [
  'terms_id',
  'start_date',
  'due_date',
  'status',
  'completed_on',
  'days_left',
  'gap',
  'basis',
] as const;

export const columnValues = (termsId: number, c: Omit<DeadlineRow, 'case_id' | 'rule_id'>): unknown[] => [
  termsId,
  c.start_date,
  c.due_date,
  c.status,
  c.completed_on,
  c.days_left,
  c.gap,
  c.basis,
];

/** The terms' stored text: fixed key order, so one version of a rule is always the same text (and row). */
export const termsText = (t: RuleTerms): string =>
  JSON.stringify([
    t.label,
    t.responsible,
    t.unit,
    t.informational,
    t.citation,
    t.direction,
    t.count,
    t.beforeReading,
  ]);

/**
 * The values of COLUMNS from `values[from]` on as one string, equal exactly when every value is equal: each is
 * tagged with its kind (null, number, text) and its length, so no value can run into the next.
 */
export function fingerprint(values: readonly unknown[], from: number): string {
  let out = '';
  for (let i = from; i < from + COLUMNS.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) out += 'n';
    else if (typeof v === 'number') out += `i${v};`;
    else if (typeof v === 'string') out += `t${v.length};${v}`;
    else throw new TypeError(`case_deadlines: a ${typeof v} where a column value was expected`);
  }
  return out;
}

/**
 * The digest of one case's rows as the repository writes them, or undefined when a rule's terms have no id yet
 * (`termsId` gives none: a worker reads, it never inserts terms) — such a case cannot match what is stored.
 */
export function caseDigest(
  deadlines: readonly ProjectedDeadline[],
  termsId: (terms: RuleTerms) => number | undefined,
): number | undefined {
  digestStart();
  for (const d of deadlines) {
    const id = termsId(d.basis.terms);
    if (id === undefined) return undefined;
    digestValue(d.ruleId);
    // `columnValues(id, toColumns(d))`, value by value without the object and the array per row (a recompute
    // hashes 200k rows): the same values in COLUMNS' order (deadline-digest.test.ts checks both ways agree).
    digestValue(id);
    digestValue(d.startDate);
    digestValue(d.dueDate);
    digestValue(d.status);
    digestValue(d.completedOn);
    digestValue(d.daysLeft);
    digestValue(d.gap);
    digestValue(encodeFacts(d.basis));
  }
  return digestEnd();
}

/**
 * The digest of rows given as their values (each row: its rule id, then `columnValues`): what `caseDigest` is a
 * faster form of, kept as its definition for deadline-digest.test.ts.
 */
export function digestRows(rows: readonly (readonly unknown[])[]): number {
  digestStart();
  for (const row of rows) for (const v of row) digestValue(v);
  return digestEnd();
}

/**
 * A 53-bit digest of a case's rows, fed value by value (no string is built): cyrb53's two 32-bit multiply–xorshift
 * lanes (public domain) over each value's kind, length and UTF-16 code units, so no value can run into the next.
 * Not a security measure: it only has to tell a changed projection from the one last written, and two different
 * projections of one case share a digest with a chance of about 2^-53. Module state: one digest at a time (each
 * thread has its own copy of the module).
 */
let h1 = 0;
let h2 = 0;
const mix = (ch: number): void => {
  h1 = Math.imul(h1 ^ ch, 2654435761);
  h2 = Math.imul(h2 ^ ch, 1597334677);
};
function digestStart(): void {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
}
function digestValue(v: unknown): void {
  if (v === null || v === undefined) return mix(1);
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : null;
  if (text === null) throw new TypeError(`case_deadlines: a ${typeof v} where a column value was expected`);
  mix(typeof v === 'number' ? 2 : 3);
  mix(text.length);
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
}
function digestEnd(): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
