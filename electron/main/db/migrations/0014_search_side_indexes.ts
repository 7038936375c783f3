/**
 * Query plans (issue 14 item 1): two side indexes of the stored search text, so the searches FTS5 trigram
 * cannot answer well stop scanning every case, and three partial indexes of cases for the list's plans.
 *
 * `case_search_bigrams` — every 2-character window of a field that holds a non-ASCII character (a CJK name's
 * bigram, 张三, 有限, 〔2): a 2-character Chinese query is one index range instead of a LIKE over every text.
 * Trigram MATCH finds nothing for 2 characters (docs/stack.md §2). ASCII-only pairs (digits of ID numbers,
 * 案号 years) are left out: each is in a large share of all cases, so an index would save little and weigh
 * most of the table; those queries keep the LIKE scan.
 *
 * `case_search_keys` — every 18-character window of a field: an ID number or a credit code is exactly one key,
 * a longer name its few windows. A query of 18+ characters is an exact lookup of its first 18 characters
 * (then checked with instr), where the trigram MATCH of 16 trigrams of digits merged long posting lists.
 *
 * Both hold windows that lie inside one field (no U+0001 separator), so "the text has a window equal to the
 * query" is exactly "some field contains the query" — the substring truth of tests/integration/search.test.ts.
 * They point at case_search's integer rowid (not the 36-character case id) to stay small.
 *
 * Kept by triggers on case_search, like the FTS index: every write of the search text — a mutation's refresh,
 * a pulled page's refreshDerived, the re-normalisation at start, a rebase's orphan cleanup — goes through that
 * table, so no write path can leave them behind. Both are local projections (never synced): the tables, the
 * triggers and the backfill below touch no synced table.
 *
 * SQLite allows no WITH clause inside a trigger, so the window offsets come from json_each over an array of n
 * zeros built from zeroblob(n): the same SQL in the triggers and the backfill.
 */
/** json_each over n zeros: its keys 0 … n-1 are the window offsets, as alias o. */
const offsets = (n: string) =>
  `json_each('[' || substr(replace(hex(zeroblob(max(${n}, 0))), '00', ',0'), 2) || ']') o`;

/**
 * The windows of `size` characters of the text `t` (a column expression) that lie inside one field, as a FROM
 * item `o` and a WHERE condition over `w`, the window: `SELECT ${w} … FROM ${from} WHERE ${where}`.
 */
export const windows = (t: string, size: number, extra = '') => {
  const w = `substr(${t}, o.key + 1, ${size})`;
  return { w, from: offsets(`length(${t}) - ${size - 1}`), where: `instr(${w}, char(1)) = 0${extra}` };
};
const bigrams = (t: string) => {
  const { w } = windows(t, 2);
  return windows(t, 2, ` AND (unicode(${w}) > 127 OR unicode(substr(${w}, 2)) > 127)`);
};
export const keys = (t: string) => windows(t, 18);

export type Side = { table: string; column: string; of: (t: string) => ReturnType<typeof windows> };
const SIDES: Side[] = [
  { table: 'case_search_bigrams', column: 'gram', of: bigrams },
  { table: 'case_search_keys', column: 'key', of: keys },
];

// DISTINCT, not only OR IGNORE: a trigger's conflict clause gives way to the outer statement's (an upsert's
// ON CONFLICT … DO UPDATE aborts), and a text often repeats a window (有限 in two names).
export const insertRow = (s: Side, row: 'new') => {
  const x = s.of(`${row}.text`);
  return `INSERT OR IGNORE INTO ${s.table} (${s.column}, search_rowid) SELECT DISTINCT ${x.w}, ${row}.rowid FROM ${x.from} WHERE ${x.where};`;
};
// Deleting by the old text's own windows keeps every delete a primary-key lookup (no index on search_rowid).
export const deleteRow = (s: Side) => {
  const x = s.of('old.text');
  return `DELETE FROM ${s.table} WHERE search_rowid = old.rowid
    AND ${s.column} IN (SELECT ${x.w} FROM ${x.from} WHERE ${x.where});`;
};
const backfill = (s: Side) => {
  const x = s.of('s.text');
  return `INSERT OR IGNORE INTO ${s.table} (${s.column}, search_rowid)
  SELECT DISTINCT ${x.w}, s.rowid FROM case_search s, ${x.from} WHERE ${x.where};`;
};

/** The three triggers that keep the side tables equal to their windows of case_search's text (0021 reuses them). */
export const sideTriggers = (
  sides: Side[],
): string => `CREATE TRIGGER case_search_sides_ai AFTER INSERT ON case_search BEGIN
  ${sides.map((s) => insertRow(s, 'new')).join('\n  ')}
END;
CREATE TRIGGER case_search_sides_ad AFTER DELETE ON case_search BEGIN
  ${sides.map(deleteRow).join('\n  ')}
END;
CREATE TRIGGER case_search_sides_au AFTER UPDATE OF text ON case_search WHEN new.text IS NOT old.text BEGIN
  ${sides.map(deleteRow).join('\n  ')}
  ${sides.map((s) => insertRow(s, 'new')).join('\n  ')}
END;`;

export const up = `
CREATE TABLE case_search_bigrams (
  gram TEXT NOT NULL,
  search_rowid INTEGER NOT NULL,
  PRIMARY KEY (gram, search_rowid)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_search_keys (
  key TEXT NOT NULL,
  search_rowid INTEGER NOT NULL,
  PRIMARY KEY (key, search_rowid)
) STRICT, WITHOUT ROWID;

${sideTriggers(SIDES)}

-- The case list (db/repositories/case-list-plan.ts) reads only indexes for its counts and its scans. Each ends
-- in deleted_at, always NULL in it, because SQLite counts a partial index as covering only when it holds
-- every column the query names, those of its own WHERE too:
-- the live cases by received date with their voided mark, so the default list (voided cases left out) walks
-- its sort order and checks each case without reading the row;
CREATE INDEX idx_cases_live_received ON cases (received_date, id, voided_at, deleted_at) WHERE deleted_at IS NULL;
-- the live cases by id with the same two columns, so a search's or a 案由's few cases are checked and sorted
-- likewise;
CREATE INDEX idx_cases_live_id ON cases (id, voided_at, received_date, deleted_at) WHERE deleted_at IS NULL;
-- the deleted cases, so a 案由's count is its range of case_reasons minus the few deleted cases holding it.
CREATE INDEX idx_cases_deleted ON cases (id, deleted_at) WHERE deleted_at IS NOT NULL;

-- The texts already stored get their windows now.
${SIDES.map(backfill).join('\n')}
`;
