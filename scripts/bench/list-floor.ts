import type { Db } from '../../electron/main/db/connection';
import type { ListCasesArgs } from '../../shared/domain/case/case.schema';
import { normalizeSearch } from '../../shared/search/search-text';

export type FloorPage = { total: number; ids: string[] };

/**
 * Floors for the list and search scenarios: the same answer (total and the page's ids, with the page's party
 * names read as the app's summary reads them) got by hand-written SQL that does not come from the app's query
 * builder (db/repositories/case-list-plan.ts), so a change to the app's plan cannot move its own yardstick.
 * Each is the plain way a person would write it without the app's side indexes:
 * - a filter: the straightforward join of cases and case_reasons, counted and paged by SQLite's own choice;
 * - a search: a scan with instr over a table holding just each case's searchable text (built before timing,
 *   TEMP), the substring truth itself;
 * - an 18-character ID number or credit code: a hand-made index of the normalised numbers (TEMP, built before
 *   timing) looked up exactly.
 * Only the default list shape is supported (voided cases left out, newest received first): the scenarios'.
 */
export function createListFloor(db: Db, args: ListCasesArgs): () => FloorPage {
  if (args.voided !== 'exclude' || args.sort !== 'receivedDate' || args.dir !== 'desc')
    throw new Error('list floor: only the default list shape is written by hand');
  const summary = db.prepare<[{ id: string }], { a: string | null; r: string | null }>(
    `SELECT (SELECT group_concat(name, '、') FROM parties WHERE case_id = @id AND role = 'applicant' AND deleted_at IS NULL) AS a,
            (SELECT group_concat(name, '、') FROM parties WHERE case_id = @id AND role = 'respondent' AND deleted_at IS NULL) AS r`,
  );
  const withNames = (ids: string[]): string[] => {
    for (const id of ids) summary.get({ id });
    return ids;
  };
  const query = normalizeSearch(args.query ?? '');
  if (query !== '') return searchFloor(db, query, args, withNames);
  return filterFloor(db, args, withNames);
}

type Named = (ids: string[]) => string[];

function filterFloor(db: Db, args: ListCasesArgs, withNames: Named): () => FloorPage {
  const join = args.reason ? 'JOIN case_reasons r ON r.case_id = c.id AND r.reason = @reason' : '';
  const where = [
    'c.deleted_at IS NULL',
    'c.voided_at IS NULL',
    ...(args.status ? ['c.status = @status'] : []),
    ...(args.kind ? ['c.kind = @kind'] : []),
  ].join(' AND ');
  const params: Record<string, string | number> = {
    ...(args.reason ? { reason: args.reason } : {}),
    ...(args.status ? { status: args.status } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
  };
  if (args.dateFrom || args.dateTo) throw new Error('list floor: no date filter in the scenarios');
  const count = db.prepare<unknown[], { n: number }>(
    `SELECT count(*) AS n FROM cases c ${join} WHERE ${where}`,
  );
  const page = db.prepare<[typeof params], { id: string }>(
    `SELECT c.id FROM cases c ${join} WHERE ${where} ORDER BY c.received_date DESC, c.id DESC LIMIT @limit OFFSET @offset`,
  );
  const pageParams = { ...params, limit: args.limit, offset: args.offset };
  // better-sqlite3 refuses an (empty) object for a statement without parameters.
  const bind = Object.keys(params).length > 0 ? [params] : [];
  const countNow = () => count.get(...bind);
  return () => ({
    total: countNow()?.n ?? 0,
    ids: withNames(page.all(pageParams).map((r) => r.id)),
  });
}

const ID_LIKE = /^[0-9a-z]{18}$/;

function searchFloor(db: Db, query: string, args: ListCasesArgs, withNames: Named): () => FloorPage {
  if (args.reason || args.status || args.kind) throw new Error('list floor: a search alone');
  const matches = ID_LIKE.test(query) ? idNumberMatches(db, query) : textScan(db, query);
  const listed = db.prepare<[string], { received_date: string }>(
    'SELECT received_date FROM cases WHERE id = ? AND deleted_at IS NULL AND voided_at IS NULL',
  );
  return () => {
    const found: { id: string; at: string }[] = [];
    for (const id of matches()) {
      const row = listed.get(id);
      if (row) found.push({ id, at: row.received_date });
    }
    // Newest received first, then id descending: the app's order.
    found.sort((x, y) => (x.at === y.at ? (x.id < y.id ? 1 : -1) : x.at < y.at ? 1 : -1));
    const ids = found.slice(args.offset, args.offset + args.limit).map((f) => f.id);
    return { total: found.length, ids: withNames(ids) };
  };
}

/** Every case whose searchable text contains the query: instr over a copy holding only that text. */
function textScan(db: Db, query: string): () => string[] {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS floor_texts AS SELECT case_id, text FROM main.case_search`);
  const scan = db.prepare<[string], { case_id: string }>(
    'SELECT case_id FROM temp.floor_texts WHERE instr(text, ?) > 0',
  );
  return () => scan.all(query).map((r) => r.case_id);
}

/** Cases with a party whose normalised ID number or credit code is the query: a hand-made exact index. */
function idNumberMatches(db: Db, query: string): () => string[] {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS floor_ids (key TEXT NOT NULL, case_id TEXT NOT NULL)`);
  if ((db.prepare('SELECT count(*) AS n FROM temp.floor_ids').get() as { n: number }).n === 0) {
    const parties = db
      .prepare<[], { case_id: string; id_number: string | null; credit_code: string | null }>(
        'SELECT case_id, id_number, credit_code FROM main.parties WHERE deleted_at IS NULL',
      )
      .all();
    const put = db.prepare('INSERT INTO temp.floor_ids (key, case_id) VALUES (?, ?)');
    db.transaction(() => {
      for (const p of parties)
        for (const v of [p.id_number, p.credit_code]) if (v) put.run(normalizeSearch(v), p.case_id);
    })();
    db.exec('CREATE INDEX IF NOT EXISTS temp.floor_ids_key ON floor_ids (key)');
  }
  const lookup = db.prepare<[string], { case_id: string }>(
    'SELECT DISTINCT case_id FROM temp.floor_ids WHERE key = ?',
  );
  return () => lookup.all(query).map((r) => r.case_id);
}
