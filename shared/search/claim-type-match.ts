import { DISPUTE_REASONS, type DisputeReason } from '../domain/reference-data';
import type { ClaimSynonyms } from '../domain/claim-synonyms';

/**
 * Finding a 请求类型 / 案由 by what people type (issue 10 item 9): its name, its code, or a common word for it
 * (resources/claim-synonyms). Pure and ranked, so the registration form's pickers and any search use one rule.
 */
export interface ClaimTypeEntry {
  readonly code: DisputeReason;
  readonly label: string;
  readonly synonyms: readonly string[];
}

export interface ClaimTypeMatch {
  readonly code: DisputeReason;
  readonly label: string;
  /** Higher is better; > 0 for every match. */
  readonly score: number;
  /** The name or word that matched, as written in the table (for display: '追索劳动报酬（欠薪）'). */
  readonly matched: string;
}

/** Full-width to half-width, case and spaces folded: 'Ｎ＋１ ' → 'n+1'. */
export const normalizeForMatch = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/** The types in their usual order with their words (a type missing from the table has none). */
export function claimTypeEntries(synonyms: ClaimSynonyms): ClaimTypeEntry[] {
  return DISPUTE_REASONS.map((r) => ({ code: r.code, label: r.label, synonyms: synonyms[r.code] ?? [] }));
}

// Ranks, best first. A name beats a code beats a word at the same kind of match; an exact match beats one that
// starts with the query, which beats one containing it; a typed phrase containing a name or word comes last.
const RANK = {
  labelExact: 100,
  codeExact: 95,
  wordExact: 90,
  labelPrefix: 80,
  wordPrefix: 70,
  labelContains: 60,
  wordContains: 50,
  codeContains: 40,
  phraseHasLabel: 30,
  phraseHasWord: 20,
} as const;

/** How well `query` finds `entry` (0 = not at all) and by which name or word. */
export function scoreClaimType(query: string, entry: ClaimTypeEntry): { score: number; matched: string } {
  const q = normalizeForMatch(query);
  if (q === '') return { score: 0, matched: '' };
  let best = { score: 0, matched: '' };
  const consider = (score: number, matched: string) => {
    if (score > best.score) best = { score, matched };
  };
  const label = normalizeForMatch(entry.label);
  const code = normalizeForMatch(entry.code);
  if (label === q) consider(RANK.labelExact, entry.label);
  else if (label.startsWith(q)) consider(RANK.labelPrefix, entry.label);
  else if (label.includes(q)) consider(RANK.labelContains, entry.label);
  else if (q.includes(label)) consider(RANK.phraseHasLabel, entry.label);
  if (code === q) consider(RANK.codeExact, entry.label);
  else if (code.includes(q)) consider(RANK.codeContains, entry.label);
  for (const word of entry.synonyms) {
    const w = normalizeForMatch(word);
    if (w === '') continue;
    if (w === q) consider(RANK.wordExact, word);
    else if (w.startsWith(q) || w.includes(q))
      consider(w.startsWith(q) ? RANK.wordPrefix : RANK.wordContains, word);
    else if (q.includes(w)) consider(RANK.phraseHasWord, word);
  }
  return best;
}

/** The types `query` finds, best first; equal scores keep the usual order. An empty query finds nothing. */
export function matchClaimTypes(query: string, entries: readonly ClaimTypeEntry[]): ClaimTypeMatch[] {
  return entries
    .map((e, order) => ({ e, order, ...scoreClaimType(query, e) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ e, score, matched }) => ({ code: e.code, label: e.label, score, matched }));
}
