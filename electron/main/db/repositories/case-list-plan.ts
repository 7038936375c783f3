import type { ListCasesArgs } from '../../../../shared/domain/case/case.schema';
import { routeQuery } from '../../../../shared/search/search-text';

/**
 * How a case list page is read (issue 14 item 1, query plans). Three rules, each measured by `npm run bench`:
 *
 * 1. The page's ids first, its columns after. The summary's columns include two subqueries over parties; a
 *    page chosen by ORDER BY … LIMIT through a sorter computed them for every matching case (30,000 for a
 *    reason at 100k cases) before keeping 50.
 * 2. A filter that is a set of cases (a 案由, a search) is written twice: as the set itself, to drive from when
 *    it is small, and as an EXISTS test of one case, to check along an ordered index scan when it is large —
 *    the scan of the sort index then stops after `offset + limit` hits. Which one is decided by the count,
 *    which is known before the page is read.
 * 3. The count is kept, not counted, where it can be (migration 0016, counts kept by triggers): the whole list, a
 *    status or a kind sum a few rows of case_counts; a 案由 alone is its row of case_reason_counts minus the
 *    deleted and voided cases holding it (few, through their partial indexes). Otherwise it is index-only where
 *    it can be: cases not deleted, counted on a partial index, minus the voided ones.
 */

export type ListParams = Record<string, string | number>;

/** One count query; the total is the sum of `sign × count` over the parts. */
export type CountPart = { sql: string; sign: 1 | -1 };

export type CaseListPlan = {
  params: ListParams;
  count: CountPart[];
  /** SQL for the page's ids in order, given the total (it decides between driving from a set and scanning). */
  pageIds: (total: number) => string;
  /** ORDER BY of the page, also used to put the page's summary rows back in order. */
  order: string;
};

export const SORT_SQL: Record<ListCasesArgs['sort'], string> = {
  receivedDate: 'c.received_date',
  caseNo: 'c.display_no',
  status: 'c.status',
  acceptedDate: 'c.accepted_date',
};

/**
 * At or below this many matches the page is read from the set (look each up, sort them); above it, along the
 * sort index with the set as a test. At 100k cases the two cost about the same here: each reads ~3,000 rows.
 */
export const DRIVE_FROM_SET_UP_TO = 3000;

/** A set of cases a filter allows: `set` selects their ids; `test` (EXISTS over `c`) checks one, if it can. */
type CaseSet = { set: string; test: string | null };

const SEARCH_TEXT_OF_C = 'SELECT 1 FROM case_search s';

/** The search as a set of cases, by the index its route names (shared/search/search-text.ts routeQuery). */
function searchSet(query: string | undefined, params: ListParams): CaseSet | null {
  const route = routeQuery(query);
  switch (route.kind) {
    case 'none':
      return null;
    case 'key':
      params['key'] = route.key;
      params['needle'] = route.needle;
      return {
        set: `SELECT s.case_id FROM case_search_keys k JOIN case_search s ON s.rowid = k.search_rowid
              WHERE k.key = @key AND instr(s.text, @needle) > 0`,
        test: `EXISTS (${SEARCH_TEXT_OF_C} JOIN case_search_keys k ON k.key = @key AND k.search_rowid = s.rowid
              WHERE s.case_id = c.id AND instr(s.text, @needle) > 0)`,
      };
    case 'bigram':
      params['gram'] = route.gram;
      return {
        set: `SELECT s.case_id FROM case_search_bigrams b JOIN case_search s ON s.rowid = b.search_rowid
              WHERE b.gram = @gram`,
        test: `EXISTS (${SEARCH_TEXT_OF_C} JOIN case_search_bigrams b ON b.gram = @gram AND b.search_rowid = s.rowid
              WHERE s.case_id = c.id)`,
      };
    case 'fts':
      params['trigrams'] = route.pattern;
      // A lookup per case would be far slower than the whole LIKE once: FTS is always the driving set.
      return {
        set: 'SELECT s.case_id FROM case_search s WHERE s.rowid IN (SELECT rowid FROM case_fts WHERE text LIKE @trigrams)',
        test: null,
      };
    case 'like':
      params['pattern'] = route.pattern;
      return {
        set: "SELECT s.case_id FROM case_search s WHERE s.text LIKE @pattern ESCAPE '\\'",
        test: `EXISTS (${SEARCH_TEXT_OF_C} WHERE s.case_id = c.id AND s.text LIKE @pattern ESCAPE '\\')`,
      };
  }
}

const REASON_SET: CaseSet = {
  set: 'SELECT r.case_id FROM case_reasons r WHERE r.reason = @reason',
  test: 'EXISTS (SELECT 1 FROM case_reasons r WHERE r.reason = @reason AND r.case_id = c.id)',
};

/** The few voided and the few deleted cases, each through its partial index, whatever the other conditions. */
const VOIDED_CASES = 'cases c INDEXED BY idx_cases_voided_at';
const DELETED_CASES = 'cases c INDEXED BY idx_cases_deleted';

const asTest = (s: CaseSet): string => s.test ?? `c.id IN (${s.set})`;

/** The plan of one list request. Only fixed SQL fragments are concatenated; every value is bound. */
/**
 * The cases a person may see when they are not all (issue 15 item 5, services/case-access.ts): those of the
 * reader's offices and those linked to one of their cases. A condition on the row (its office), so a scoped list
 * reads rows; the repository leaves it out when the offices are every office there is.
 */
const READER_SCOPE = `(c.office_id IN (SELECT value FROM json_each(@readerOffices)) OR EXISTS (SELECT 1 FROM cases l
  WHERE l.id = c.linked_case_id AND l.office_id IN (SELECT value FROM json_each(@readerOffices))))`;

export type PlanOptions = {
  /** The offices whose cases the reader may see; null for every case. */
  readerOffices?: readonly string[] | null;
  driveFromSetUpTo?: number;
};

export function planCaseList(args: ListCasesArgs, opts: PlanOptions = {}): CaseListPlan {
  const driveFromSetUpTo = opts.driveFromSetUpTo ?? DRIVE_FROM_SET_UP_TO;
  const params: ListParams = {};
  const rows: string[] = []; // conditions on the case row itself
  const scoped = opts.readerOffices !== undefined && opts.readerOffices !== null;
  if (scoped) {
    rows.push(READER_SCOPE);
    params['readerOffices'] = JSON.stringify(opts.readerOffices);
  }
  if (args.status) {
    rows.push('c.status = @status');
    params['status'] = args.status;
  }
  if (args.kind) {
    rows.push('c.kind = @kind');
    params['kind'] = args.kind;
  }
  if (args.dateFrom) {
    rows.push('c.received_date >= @dateFrom');
    params['dateFrom'] = args.dateFrom;
  }
  if (args.dateTo) {
    rows.push('c.received_date <= @dateTo');
    params['dateTo'] = args.dateTo;
  }
  const search = searchSet(args.query, params);
  if (args.reason) params['reason'] = args.reason;
  const reason = args.reason ? REASON_SET : null;
  // The search drives before the 案由 when both are given: a search names few cases, a 案由 many.
  const sets = [search, reason].filter((s): s is CaseSet => s !== null);
  const voided =
    args.voided === 'include'
      ? []
      : [args.voided === 'only' ? 'c.voided_at IS NOT NULL' : 'c.voided_at IS NULL'];
  const where = (...more: string[]) => ['c.deleted_at IS NULL', ...voided, ...rows, ...more].join(' AND ');
  // Without a status or kind filter every condition on the row is in idx_cases_live_received (received date,
  // id, voided mark), so a walk in received-date order or a count never reads a row. Named, because without
  // statistics SQLite picks the table or the older index lacking the voided mark.
  const byReceived = !args.status && !args.kind && !scoped ? 'INDEXED BY idx_cases_live_received' : '';

  const dir = args.dir === 'asc' ? 'ASC' : 'DESC';
  const order = `${SORT_SQL[args.sort]} ${dir}, c.id ${dir}`;
  const scanFrom = `cases c ${args.sort === 'receivedDate' ? byReceived : ''}`;
  // A unary + keeps SQLite from walking the sort index (probing the set along it) when the set is the one to
  // drive from: its few cases are checked on idx_cases_live_id and sorted instead.
  const sortedAfter = `+${SORT_SQL[args.sort]} ${dir}, +c.id ${dir}`;
  const limit = 'LIMIT @limit OFFSET @offset';

  const pageIds = (total: number): string => {
    const [driver, ...others] = sets;
    if (driver === undefined)
      return `SELECT c.id FROM ${scanFrom} WHERE ${where()} ORDER BY ${order} ${limit}`;
    if (driver.test === null || total <= driveFromSetUpTo)
      return `SELECT c.id FROM cases c INDEXED BY idx_cases_live_id
        WHERE ${where(`c.id IN (${driver.set})`, ...others.map(asTest))} ORDER BY ${sortedAfter} ${limit}`;
    return `SELECT c.id FROM ${scanFrom} WHERE ${where(...sets.map(asTest))} ORDER BY ${order} ${limit}`;
  };

  const count = (from: string, w: string): string => `SELECT count(*) AS n FROM ${from} WHERE ${w}`;
  let parts: CountPart[];
  if (search !== null) {
    // A search is a small set: its cases are counted on idx_cases_live_id.
    const tests = reason ? [asTest(reason)] : [];
    parts = [
      {
        sql: count('cases c INDEXED BY idx_cases_live_id', where(`c.id IN (${search.set})`, ...tests)),
        sign: 1,
      },
    ];
  } else if (reason !== null && rows.length === 0 && args.voided !== 'only') {
    // 案由 alone: its range of case_reasons' key, minus the deleted and (unless included) the voided cases in
    // it — each few, read through its own partial index.
    parts = [
      { sql: 'SELECT ifnull(sum(r.n), 0) AS n FROM case_reason_counts r WHERE r.reason = @reason', sign: 1 },
      { sql: count(DELETED_CASES, `c.deleted_at IS NOT NULL AND ${asTest(reason)}`), sign: -1 },
      ...(args.voided === 'exclude'
        ? [
            {
              sql: count(
                VOIDED_CASES,
                `c.deleted_at IS NULL AND c.voided_at IS NOT NULL AND ${asTest(reason)}`,
              ),
              sign: -1 as const,
            },
          ]
        : []),
    ];
  } else if (reason === null && !scoped && !args.dateFrom && !args.dateTo) {
    // The whole list, a status, a kind: the live cases' count kept by triggers (case_counts, migration 0016),
    // a few rows summed instead of an index counted entry by entry.
    const kept = [
      ...(args.voided === 'include' ? [] : [`t.voided = ${args.voided === 'only' ? 1 : 0}`]),
      ...(args.status ? ['t.status = @status'] : []),
      ...(args.kind ? ['t.kind = @kind'] : []),
    ];
    const filter = kept.length > 0 ? ` WHERE ${kept.join(' AND ')}` : '';
    parts = [{ sql: `SELECT ifnull(sum(t.n), 0) AS n FROM case_counts t${filter}`, sign: 1 }];
  } else if (byReceived === '' && args.voided === 'exclude') {
    // A status or kind: its index (with received date and id, not the voided mark) counted without reading rows,
    // minus the voided cases in it, few, read through idx_cases_voided_at.
    const tests = reason ? [asTest(reason)] : [];
    const live = ['c.deleted_at IS NULL', ...rows, ...tests].join(' AND ');
    parts = [
      { sql: count('cases c', live), sign: 1 },
      { sql: count(VOIDED_CASES, `${live} AND c.voided_at IS NOT NULL`), sign: -1 },
    ];
  } else {
    parts = [{ sql: count(`cases c ${byReceived}`, where(...(reason ? [asTest(reason)] : []))), sign: 1 }];
  }
  return { params, count: parts, pageIds, order };
}
