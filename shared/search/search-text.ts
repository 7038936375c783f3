/**
 * One searchable text per case. Fields are joined with U+0001, which a query can never contain, so a match
 * never spans two fields: searching the joined text equals "some field contains the query" — the substring
 * truth the tests compare against. Both sides are NFKC-folded, lower-cased (full-width digits, 'x' in IDs), without
 * whitespace, and with 案号 brackets and 第 folded (below).
 */
export const FIELD_SEPARATOR = '\u0001';

/**
 * Bumped whenever normalizeSearch changes, so databases whose stored search text was written by an older rule are
 * re-normalised once at start (electron/main/db/search-text-version.ts). 2: brackets and 第 in 案号 folded.
 */
export const SEARCH_TEXT_VERSION = 2;

// 案号 are written 示劳人仲案字〔2026〕第12号 but typed [2026]12, (2026)第12号, （2026）12, 【2026】12号, ( 2026 ) 12 号 …:
// every kind of bracket becomes 〔 〕 (NFKC has already made （）［］ into ()[]), whitespace goes, and 第 before a
// number goes. Applied to the stored text and the query alike, so search stays "some field contains the query".
const WHITESPACE = /\s+/gu;
const OPEN_BRACKETS = /[([〔【〖]/gu;
const CLOSE_BRACKETS = /[)\]〕】〗]/gu;
const ORDINAL_BEFORE_NUMBER = /第+(?=\d)/gu;

export function normalizeSearch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex -- stripping them is the point
    .toLowerCase()
    .replace(WHITESPACE, '')
    .replace(OPEN_BRACKETS, '〔')
    .replace(CLOSE_BRACKETS, '〕')
    .replace(ORDINAL_BEFORE_NUMBER, '');
}

/** Stored text written by an older normalizeSearch, brought to the current rule field by field. */
export const renormalizeSearchText = (text: string): string =>
  text.split(FIELD_SEPARATOR).map(normalizeSearch).join(FIELD_SEPARATOR);

export function buildSearchText(fields: readonly (string | null | undefined)[]): string {
  return fields
    .filter((f): f is string => typeof f === 'string' && f.trim() !== '')
    .map(normalizeSearch)
    .join(FIELD_SEPARATOR);
}

/** FTS5 trigram can only match 3+ characters; shorter queries take the LIKE path (stack.md §2). */
export type SearchRoute =
  { kind: 'none' } | { kind: 'like'; pattern: string } | { kind: 'fts'; match: string };

export function routeQuery(raw: string | undefined): SearchRoute {
  const q = normalizeSearch(raw ?? '');
  if (q === '') return { kind: 'none' };
  if ([...q].length < 3) return { kind: 'like', pattern: `%${escapeLike(q)}%` };
  return { kind: 'fts', match: `"${q.replace(/"/g, '""')}"` };
}

/** LIKE wildcards in user input are literal characters (used with ESCAPE '\'). */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}
