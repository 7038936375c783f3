import type { Db } from '../connection';
import { bool, parseJsonArray, parseJsonObject } from './row-json';

/** One case's stored facts as the statistics read them (service: stats-service.ts maps them to a record). */
export type StatsCaseRow = {
  id: string;
  caseNo: string;
  kind: 'mediation' | 'arbitration';
  receivedDate: string;
  acceptedDate: string | null;
  closedDate: string | null;
  outcome: string | null;
  isCollective: boolean;
  workerCount: number | null;
  reasons: string[];
  officeId: string;
  officeName: string;
  handlerId: string | null;
  handlerName: string | null;
  /** The 审限's last day as the deadline projection holds it (extension and excluded periods applied). */
  awardLimitDue: string | null;
  claimedFen: number;
  workerParties: number;
  workerApplicant: boolean;
  /** The award in force (an arb.awarded event no later event supersedes), or null. */
  awardPayload: Record<string, unknown> | null;
  /**
   * 案件评查 as the live 归档 event recorded it (shared/review `reviewPassedOf`): true when every item passed on its
   * own, false when one failed (even if a director let it through), null while the case is not archived.
   */
  reviewPassed: boolean | null;
};

type Raw = {
  id: string;
  case_no: string;
  kind: 'mediation' | 'arbitration';
  received_date: string;
  accepted_date: string | null;
  closed_date: string | null;
  outcome: string | null;
  is_collective: number;
  worker_count: number | null;
  reasons: string;
  office_id: string;
  office_name: string;
  handler_id: string | null;
  handler_name: string | null;
  award_limit_due: string | null;
  claimed_fen: number;
  worker_parties: number;
  worker_applicant: number;
  award_payload: string | null;
  review_passed: number | null;
};

// Every live, not voided case of the given offices; the per-case subqueries each use an index on case_id.
const SELECT = `SELECT c.id, c.display_no AS case_no, c.kind, c.received_date, c.accepted_date, c.closed_date,
  c.outcome, c.is_collective, c.worker_count, c.reasons, c.office_id, o.name AS office_name, c.handler_id,
  s.name AS handler_name,
  (SELECT d.due_date FROM case_deadlines d WHERE d.case_id = c.id AND d.rule_id = 'arb.award_limit') AS award_limit_due,
  (SELECT coalesce(sum(cl.amount_fen), 0) FROM claims cl WHERE cl.case_id = c.id AND cl.deleted_at IS NULL) AS claimed_fen,
  (SELECT count(*) FROM parties p WHERE p.case_id = c.id AND p.deleted_at IS NULL AND p.kind = 'worker') AS worker_parties,
  EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.deleted_at IS NULL AND p.kind = 'worker'
          AND p.role = 'applicant') AS worker_applicant,
  (SELECT e.payload FROM events e WHERE e.case_id = c.id AND e.type = 'arb.awarded' AND e.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.supersedes_event_id = e.id AND x.deleted_at IS NULL)
   ORDER BY e.occurred_on DESC, e.recorded_at DESC LIMIT 1) AS award_payload,
  (SELECT json_extract(e.payload, '$.review.passed') FROM events e
   WHERE e.case_id = c.id AND e.type = 'case.archived' AND e.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.supersedes_event_id = e.id AND x.deleted_at IS NULL)
   ORDER BY e.occurred_on DESC, e.recorded_at DESC LIMIT 1) AS review_passed
FROM cases c
JOIN offices o ON o.id = c.office_id
LEFT JOIN staff s ON s.id = c.handler_id
WHERE c.deleted_at IS NULL AND c.voided_at IS NULL
  AND c.office_id IN (SELECT value FROM json_each(?))
ORDER BY c.id`;

const toRow = (r: Raw): StatsCaseRow => ({
  id: r.id,
  caseNo: r.case_no,
  kind: r.kind,
  receivedDate: r.received_date,
  acceptedDate: r.accepted_date,
  closedDate: r.closed_date,
  outcome: r.outcome,
  isCollective: bool(r.is_collective),
  workerCount: r.worker_count,
  reasons: parseJsonArray(r.reasons),
  officeId: r.office_id,
  officeName: r.office_name,
  handlerId: r.handler_id,
  handlerName: r.handler_name,
  awardLimitDue: r.award_limit_due,
  claimedFen: r.claimed_fen,
  workerParties: r.worker_parties,
  workerApplicant: bool(r.worker_applicant),
  awardPayload: r.award_payload === null ? null : parseJsonObject(r.award_payload),
  reviewPassed: r.review_passed === null ? null : r.review_passed === 1,
});

export function createStatsRepo(db: Db) {
  const all = db.prepare<[string], Raw>(SELECT);
  const reach = db.prepare<[string, string], { id: string }>(
    `SELECT id FROM offices WHERE deleted_at IS NULL AND (id = ? OR parent_id = ?) ORDER BY id`,
  );
  return {
    /** The office and the stations under it: whose cases a director's statistics cover. */
    officesUnder: (officeId: string): string[] => reach.all(officeId, officeId).map((r) => r.id),
    casesOf: (officeIds: readonly string[]): StatsCaseRow[] => all.all(JSON.stringify(officeIds)).map(toRow),
  };
}
