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

/**
 * Which index answers a query (after normalizeSearch), each giving exactly "some field contains the query":
 * - `key`: 18+ characters — an exact lookup of its first 18 characters among every 18-character window of every
 *   field (an ID number or a credit code is one window), then the whole query checked in the text;
 * - `fts`: 3–17 characters — LIKE on the FTS5 trigram table (migration 0017: its index keeps no positions, so no
 *   phrase MATCH; FTS5 finds the cases holding every trigram and checks the pattern against their text). FTS5
 *   takes no ESCAPE, so a query holding LIKE's % or _ goes the `like` way;
 * - `bigram`: 2 characters, one of them not ASCII (a Chinese name's pair) — one entry of the bigram index;
 * - `like`: 1 character, or 2 ASCII characters (whose pairs sit in too many cases to be worth an index), or a
 *   stop gram (STOP_BIGRAMS, likewise), or a query holding % or _ — a scan.
 * The two side indexes are built in SQL by migration 0014's triggers; these rules mirror which windows it keeps.
 */
export type SearchRoute =
  | { kind: 'none' }
  | { kind: 'like'; pattern: string }
  | { kind: 'bigram'; gram: string }
  | { kind: 'key'; key: string; needle: string }
  | { kind: 'fts'; pattern: string };

/** The window length of the key index (case_search_keys, migration 0014): an 18-digit ID number or credit code. */
export const SEARCH_KEY_LENGTH = 18;

/**
 * Pairs the bigram index leaves out since migration 0021 (its frozen list, which a test holds equal to this):
 * the forms of an employer's name and the fixed words of an arbitration number, in most cases by the form of
 * what they are part of, so an index entry per case would find most cases, as the scan does.
 */
export const STOP_BIGRAMS: ReadonlySet<string> = new Set([
  '有限',
  '限公',
  '公司',
  '股份',
  '份有',
  '责任',
  '任公',
  '限责',
  '劳人',
  '人仲',
  '仲案',
  '案字',
  '字〔',
]);

/**
 * A pair the bigram index holds: one of its characters is not ASCII (migration 0014's `unicode(c) > 127`) and
 * it is not a stop gram (migration 0021).
 */
export const isIndexedBigram = (chars: readonly string[]): boolean =>
  chars.length === 2 && chars.some((c) => (c.codePointAt(0) ?? 0) > 127) && !STOP_BIGRAMS.has(chars.join(''));

const LIKE_WILDCARD = /[%_]/;

export function routeQuery(raw: string | undefined): SearchRoute {
  const q = normalizeSearch(raw ?? '');
  if (q === '') return { kind: 'none' };
  const chars = [...q];
  if (chars.length >= SEARCH_KEY_LENGTH)
    return { kind: 'key', key: chars.slice(0, SEARCH_KEY_LENGTH).join(''), needle: q };
  if (chars.length >= 3 && !LIKE_WILDCARD.test(q)) return { kind: 'fts', pattern: `%${q}%` };
  if (isIndexedBigram(chars)) return { kind: 'bigram', gram: q };
  return { kind: 'like', pattern: `%${escapeLike(q)}%` };
}

/** LIKE wildcards in user input are literal characters (used with ESCAPE '\'). */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}
