import type {
  CaseDetail,
  CaseListPage,
  CaseSummary,
  ListCasesArgs,
} from '../../../../shared/domain/case/case.schema';
import type { Db } from '../connection';
import type { CaseColumns, CaseRow } from './case.repo';
import { planCaseList, type ListParams } from './case-list-plan';
import { bool, parseJsonArray } from './row-json';

type SummaryRow = Pick<
  CaseColumns,
  | 'id'
  | 'office_id'
  | 'kind'
  | 'provisional_no'
  | 'official_no'
  | 'status'
  | 'received_date'
  | 'accepted_date'
  | 'closed_date'
  | 'reasons'
  | 'is_collective'
  | 'worker_count'
  | 'is_migrant_wage'
  | 'voided_at'
> & { applicants: string | null; respondents: string | null };

export const SUMMARY_COLUMNS = `c.id, c.office_id, c.kind, c.provisional_no, c.official_no, c.status, c.received_date,
  c.accepted_date, c.closed_date, c.reasons, c.is_collective, c.worker_count, c.is_migrant_wage, c.voided_at,
  (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant' AND p.deleted_at IS NULL) AS applicants,
  (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'respondent' AND p.deleted_at IS NULL) AS respondents`;

const toSummary = (r: SummaryRow): CaseSummary => ({
  id: r.id,
  officeId: r.office_id,
  kind: r.kind,
  provisionalNo: r.provisional_no,
  officialNo: r.official_no,
  status: r.status,
  receivedDate: r.received_date,
  acceptedDate: r.accepted_date,
  closedDate: r.closed_date,
  reasons: parseJsonArray(r.reasons),
  isCollective: bool(r.is_collective),
  workerCount: r.worker_count,
  isMigrantWage: bool(r.is_migrant_wage),
  applicants: r.applicants ?? '',
  respondents: r.respondents ?? '',
  voidedAt: r.voided_at,
});

/**
 * The cases whose deadlines can still matter. Term for term the WHERE of idx_cases_open (migration 0018), which
 * answers the recompute's scan on its own: SQLite takes a partial index only when the query names each of its
 * terms (0018_open_cases_index.test.ts checks the plan).
 */
export const OPEN_CASES = `FROM cases WHERE deleted_at IS NULL AND voided_at IS NULL AND status <> 'archived'
       AND (closed_date IS NULL OR closed_date >= date('now', '-120 days'))`;

export function createCaseQueryRepo(db: Db) {
  const byId = db.prepare<
    [string],
    SummaryRow & {
      summary: string | null;
      created_at: string;
      created_by: string;
      void_reason: string | null;
      voided_by_name: string | null;
    }
  >(
    `SELECT ${SUMMARY_COLUMNS}, c.summary, c.created_at, c.created_by, c.void_reason,
       (SELECT s.name FROM staff s WHERE s.id = c.voided_by) AS voided_by_name
     FROM cases c WHERE c.id = ? AND c.deleted_at IS NULL`,
  );
  // List statements depend on which filters are present; cache one prepared statement per SQL shape, with the
  // names it binds (better-sqlite3 refuses a value the statement does not use, and the plan's count parts each
  // use only some of the plan's values).
  const statement = (sql: string) => db.prepare<unknown[]>(sql);
  const cache = new Map<string, { stmt: ReturnType<typeof statement>; names: string[] }>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = { stmt: statement(sql), names: [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ''))] };
      cache.set(sql, s);
    }
    return s;
  };
  const bound = (sql: string, params: ListParams) => {
    const { stmt, names } = prepared(sql);
    if (names.length === 0) return { get: () => stmt.get(), all: () => stmt.all() };
    const values = Object.fromEntries(names.map((n) => [n, params[n]]));
    return { get: () => stmt.get(values), all: () => stmt.all(values) };
  };
  // Every case names an office of this table (foreign key), so a reader of all of them may see every case.
  const allOfficeIds = db.prepare<[], { id: string }>('SELECT id FROM offices');
  const openIds = db.prepare<[], string>(`SELECT id ${OPEN_CASES} ORDER BY id`).pluck();
  // Keyset pages in id order: a recompute reads a first page, starts its threads on it, then reads the rest.
  const openKinds = db
    .prepare<{ after: string; limit: number }, [string, CaseRow['kind']]>(
      `SELECT id, kind ${OPEN_CASES} AND id > @after ORDER BY id LIMIT @limit`,
    )
    .raw(true);
  const liveCount = db.prepare<[], number>('SELECT count(*) FROM cases WHERE deleted_at IS NULL').pluck();
  const liveIds = db.prepare<[], { id: string }>('SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY id');
  // The hearing date in force is the one set by the latest scheduling or postponement event of each case.
  const hearings = db.prepare<
    { from: string; to: string },
    {
      case_id: string;
      hearing_date: string;
      display_no: string;
      applicants: string | null;
      respondents: string | null;
    }
  >(
    `WITH latest AS (
       SELECT e.case_id, json_extract(e.payload, '$.hearingDate') AS hearing_date,
              row_number() OVER (PARTITION BY e.case_id ORDER BY e.occurred_on DESC, e.recorded_at DESC) AS rn
       FROM events e WHERE e.type IN ('arb.hearingScheduled', 'arb.hearingPostponed') AND e.deleted_at IS NULL
         -- a scheduling voided (or corrected) by a later event no longer fixes the hearing date
         AND NOT EXISTS (SELECT 1 FROM events v WHERE v.supersedes_event_id = e.id AND v.deleted_at IS NULL))
     SELECT l.case_id, l.hearing_date, c.display_no,
       (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant') AS applicants,
       (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'respondent') AS respondents
     FROM latest l JOIN cases c ON c.id = l.case_id
     WHERE l.rn = 1 AND l.hearing_date BETWEEN @from AND @to AND c.status IN ('accepted', 'in_progress')
       AND c.deleted_at IS NULL AND c.voided_at IS NULL
     ORDER BY l.hearing_date, c.display_no`,
  );
  const officialTaken = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM cases WHERE official_no = ?',
  );
  const countCases = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL AND voided_at IS NULL',
  );

  return {
    get(id: string): Omit<CaseDetail, 'parties' | 'claims'> | null {
      const r = byId.get(id);
      if (!r) return null;
      return {
        ...toSummary(r),
        summary: r.summary,
        createdAt: r.created_at,
        createdBy: r.created_by,
        voided:
          r.voided_at === null
            ? null
            : { at: r.voided_at, byName: r.voided_by_name, reason: r.void_reason ?? '' },
      };
    },
    /**
     * The page of cases, only those of `readerOffices` (and linked to them) when given — the scope is left out
     * when those are every office there is (a committee PC's director), so the unscoped index-only plans apply.
     */
    list(args: ListCasesArgs, readerOffices: readonly string[] | null = null): CaseListPage {
      const everyOffice =
        readerOffices !== null && allOfficeIds.all().every((o) => readerOffices.includes(o.id));
      const plan = planCaseList(args, { readerOffices: everyOffice ? null : readerOffices });
      let total = 0;
      for (const part of plan.count)
        total += part.sign * (bound(part.sql, plan.params).get() as { n: number }).n;
      const page: ListParams = { ...plan.params, limit: args.limit, offset: args.offset };
      // The page's ids first, then the summary (with its party subqueries) for those rows only.
      const rows = bound(
        `SELECT ${SUMMARY_COLUMNS} FROM (${plan.pageIds(total)}) p JOIN cases c ON c.id = p.id ORDER BY ${plan.order}`,
        page,
      ).all() as SummaryRow[];
      return { total, rows: rows.map(toSummary) };
    },
    count: (): number => countCases.get()?.n ?? 0,
    officialNoTaken: (no: string): boolean => (officialTaken.get(no)?.n ?? 0) > 0,
    hearingsBetween: (from: string, to: string) =>
      hearings.all({ from, to }).map((r) => ({
        caseId: r.case_id,
        hearingDate: r.hearing_date,
        caseNo: r.display_no,
        applicants: r.applicants ?? '',
        respondents: r.respondents ?? '',
      })),
    /** Cases whose deadlines can still matter (closed ones keep court-facing periods until archived). */
    openCaseIds: (): string[] => openIds.all(),
    /**
     * `openCaseIds` with each case's kind, for a recompute in worker threads: this scan reads the case rows
     * anyway, so a thread need not read them again (a case changed meanwhile is refreshed, deadline-service.ts).
     * The first `limit` after `after` (every one by default): a recompute reads a first page, so its threads
     * start computing while it reads the rest.
     */
    openCases(after = '', limit = -1): { ids: string[]; kinds: CaseRow['kind'][] } {
      const ids: string[] = [];
      const kinds: CaseRow['kind'][] = [];
      for (const [id, kind] of openKinds.all({ after, limit })) {
        ids.push(id);
        kinds.push(kind);
      }
      return { ids, kinds };
    },
    /** How many cases `liveCaseIds` would give: counted in the live-id index, no case row read. */
    liveCaseCount: (): number => liveCount.get() ?? 0,
    /** Every case not deleted, closed and voided ones included (a voided case's projection is emptied). */
    liveCaseIds: (): string[] => liveIds.all().map((r) => r.id),
  };
}
export type CaseQueryRepo = ReturnType<typeof createCaseQueryRepo>;
