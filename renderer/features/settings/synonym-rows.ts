import { ClaimSynonyms, synonymIssueText } from '../../../shared/domain/claim-synonyms';
import { DISPUTE_REASONS, type DisputeReason } from '../../../shared/domain/reference-data';

/** One row of 设置 › 常用说法: a claim type and its words as typed ('拖欠工资、欠薪、工资没发'). */
export type SynonymRow = { code: DisputeReason; label: string; text: string };

/** Words are typed separated by 、，,；; or new lines. */
const SEPARATORS = /[、，,；;\n\r]+/u;

export const rowsFromSynonyms = (table: Readonly<Record<string, readonly string[]>>): SynonymRow[] =>
  DISPUTE_REASONS.map((r) => ({ code: r.code, label: r.label, text: (table[r.code] ?? []).join('、') }));

/** The table to save: each row's words, trimmed, blanks dropped; a type without words is left out. */
export function synonymsFromRows(rows: readonly SynonymRow[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of rows) {
    const words = row.text
      .split(SEPARATORS)
      .map((w) => w.trim())
      .filter((w) => w !== '');
    if (words.length > 0) out[row.code] = words;
  }
  return out;
}

/**
 * The same check main makes (ClaimSynonyms), before sending: Chinese messages by claim type, naming the word, so the
 * row can be marked. Empty when the table can be saved.
 */
export function synonymRowErrors(rows: readonly SynonymRow[]): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  const r = ClaimSynonyms.safeParse(synonymsFromRows(rows));
  if (r.success) return errors;
  for (const issue of r.error.issues) {
    const code = String(issue.path[0] ?? '');
    errors.set(code, [...(errors.get(code) ?? []), synonymIssueText(issue.path, issue.message)]);
  }
  return errors;
}
