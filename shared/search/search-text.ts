/**
 * One searchable text per case. Fields are joined with U+0001, which a query can never contain, so a match
 * never spans two fields: searching the joined text equals "some field contains the query" — the substring
 * truth the tests compare against. Both sides are NFKC-folded and lower-cased (full-width digits, 'x' in IDs).
 */
export const FIELD_SEPARATOR = '\u0001';

export function normalizeSearch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex -- stripping them is the point
    .trim()
    .toLowerCase();
}

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
