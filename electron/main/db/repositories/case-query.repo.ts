import type {
  CaseDetail,
  CaseListPage,
  CaseSummary,
  ListCasesArgs,
} from '../../../../shared/domain/case/case.schema';
import { routeQuery } from '../../../../shared/search/search-text';
import type { Db } from '../connection';
import type { CaseColumns } from './case.repo';
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

export const SORT_SQL: Record<ListCasesArgs['sort'], string> = {
  receivedDate: 'c.received_date',
  caseNo: 'c.display_no',
  status: 'c.status',
  acceptedDate: 'c.accepted_date',
};

/**
 * Builds the WHERE clause of a list query. Only fixed SQL fragments are concatenated; values are bound.
 * `readerOffices` keeps the cases a person may see (issue 15 item 5: a station's person on a committee PC lists
 * only their own station's cases): those of these offices, and those linked to one of their cases (a transferred
 * case, followed from the station that handed it over) — the rule of services/case-access.ts.
 */
export function buildCaseFilter(
  args: ListCasesArgs,
  readerOffices: readonly string[] | null = null,
): { where: string; params: Record<string, string> } {
  const clauses: string[] = [
    'c.deleted_at IS NULL',
    // Voided cases leave every list and search unless asked for (a fixed fragment per filter value).
    ...(args.voided === 'include'
      ? []
      : [args.voided === 'only' ? 'c.voided_at IS NOT NULL' : 'c.voided_at IS NULL']),
  ];
  const params: Record<string, string> = {};
  if (readerOffices !== null) {
    clauses.push(
      `(c.office_id IN (SELECT value FROM json_each(@readerOffices)) OR EXISTS (SELECT 1 FROM cases l
         WHERE l.id = c.linked_case_id AND l.office_id IN (SELECT value FROM json_each(@readerOffices))))`,
    );
    params['readerOffices'] = JSON.stringify(readerOffices);
  }
  const route = routeQuery(args.query);
  if (route.kind === 'fts') {
    clauses.push(
      'c.id IN (SELECT s.case_id FROM case_search s WHERE s.rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH @match))',
    );
    params['match'] = route.match;
  } else if (route.kind === 'like') {
    clauses.push("c.id IN (SELECT s.case_id FROM case_search s WHERE s.text LIKE @pattern ESCAPE '\\')");
    params['pattern'] = route.pattern;
  }
  if (args.status) {
    clauses.push('c.status = @status');
    params['status'] = args.status;
  }
  if (args.kind) {
    clauses.push('c.kind = @kind');
    params['kind'] = args.kind;
  }
  if (args.reason) {
    clauses.push('c.id IN (SELECT r.case_id FROM case_reasons r WHERE r.reason = @reason)');
    params['reason'] = args.reason;
  }
  if (args.dateFrom) {
    clauses.push('c.received_date >= @dateFrom');
    params['dateFrom'] = args.dateFrom;
  }
  if (args.dateTo) {
    clauses.push('c.received_date <= @dateTo');
    params['dateTo'] = args.dateTo;
  }
  return { where: clauses.join(' AND '), params };
}

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
  // List statements depend on which filters are present; cache one prepared statement per SQL shape.
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const openIds = db.prepare<[], { id: string }>(
    `SELECT id FROM cases WHERE deleted_at IS NULL AND voided_at IS NULL AND status <> 'archived'
       AND (closed_date IS NULL OR closed_date >= date('now', '-120 days')) ORDER BY id`,
  );
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
    list(args: ListCasesArgs, readerOffices: readonly string[] | null = null): CaseListPage {
      const { where, params } = buildCaseFilter(args, readerOffices);
      const order = `${SORT_SQL[args.sort]} ${args.dir === 'asc' ? 'ASC' : 'DESC'}, c.id ${args.dir === 'asc' ? 'ASC' : 'DESC'}`;
      const total = (
        prepared(`SELECT count(*) AS n FROM cases c WHERE ${where}`).get(params) as { n: number }
      ).n;
      const rows = prepared(
        `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: args.limit, offset: args.offset }) as SummaryRow[];
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
    openCaseIds: (): string[] => openIds.all().map((r) => r.id),
    /** Every case not deleted, closed and voided ones included (a voided case's projection is emptied). */
    liveCaseIds: (): string[] => liveIds.all().map((r) => r.id),
  };
}
export type CaseQueryRepo = ReturnType<typeof createCaseQueryRepo>;
