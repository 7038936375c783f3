import type { CaseStatus } from '../../../../shared/domain/case/case-status';
import type { Db } from '../connection';
import { parseJsonObject } from './row-json';

/** A case as the AB角 engine sees it (voided and tombstoned cases are nobody's work and never appear). */
export type AssignmentCaseRecord = {
  id: string;
  officeId: string;
  kind: 'mediation' | 'arbitration';
  isCollective: boolean;
  isSimple: boolean;
  status: CaseStatus;
  displayNo: string;
  handlerId: string | null;
  bHandlerId: string | null;
};

export type AssignmentPartyRecord = {
  caseId: string;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  role: 'applicant' | 'respondent' | 'third_party';
};

export type OpenDeadlineRecord = { caseId: string; ruleId: string; label: string; dueDate: string };

export type ClosedCaseRecord = {
  id: string;
  kind: 'mediation' | 'arbitration';
  receivedDate: string;
  isCollective: boolean;
  handlerId: string | null;
};

export type ClosedCaseEventRecord = {
  caseId: string;
  id: string;
  type: string;
  occurredOn: string;
  payload: Record<string, unknown>;
  supersedesEventId: string | null;
  actorId: string | null;
};

type RawCase = {
  id: string;
  office_id: string;
  kind: 'mediation' | 'arbitration';
  is_collective: number;
  is_simple: number;
  status: CaseStatus;
  display_no: string;
  handler_id: string | null;
  b_handler_id: string | null;
};
type RawParty = {
  case_id: string;
  name: string;
  id_number: string | null;
  credit_code: string | null;
  role: AssignmentPartyRecord['role'];
};
type RawDeadline = { case_id: string; rule_id: string; label: string; due_date: string };

const CASE_COLUMNS =
  'id, office_id, kind, is_collective, is_simple, status, display_no, handler_id, b_handler_id';
const LIVE_CASE = 'deleted_at IS NULL AND voided_at IS NULL';
// The status term is written as the partial index idx_case_deadlines_open_due states it, so the index is used.
const OPEN_DEADLINE = "d.due_date IS NOT NULL AND d.status IN ('pending', 'overdue', 'paused')";
// A deadline's name is its rule's (deadline_rule_terms, migration 0013: a JSON array, the name first).
const OPEN_DEADLINES = `SELECT d.case_id, d.rule_id, json_extract(t.terms, '$[0]') AS label, d.due_date
  FROM case_deadlines d JOIN deadline_rule_terms t ON t.id = d.terms_id`;

const toCase = (r: RawCase): AssignmentCaseRecord => ({
  id: r.id,
  officeId: r.office_id,
  kind: r.kind,
  isCollective: r.is_collective === 1,
  isSimple: r.is_simple === 1,
  status: r.status,
  displayNo: r.display_no,
  handlerId: r.handler_id,
  bHandlerId: r.b_handler_id,
});
const toParty = (r: RawParty): AssignmentPartyRecord => ({
  caseId: r.case_id,
  name: r.name,
  idNumber: r.id_number,
  creditCode: r.credit_code,
  role: r.role,
});
const toDeadline = (r: RawDeadline): OpenDeadlineRecord => ({
  caseId: r.case_id,
  ruleId: r.rule_id,
  label: r.label,
  dueDate: r.due_date,
});

/**
 * The rows the AB角 engine reads (cases with their parties and open deadlines, and the cases closed in a period
 * with their logs), typed; the projection onto shared/assignment's inputs is electron/main/assignment/inputs.ts.
 */
export function createAssignmentInputsRepo(db: Db) {
  const cases = db.prepare<[], RawCase>(
    `SELECT ${CASE_COLUMNS} FROM cases WHERE ${LIVE_CASE}
       AND (handler_id IS NOT NULL OR b_handler_id IS NOT NULL OR status NOT IN ('closed', 'archived'))`,
  );
  const caseById = db.prepare<[string], RawCase>(
    `SELECT ${CASE_COLUMNS} FROM cases WHERE id = ? AND ${LIVE_CASE}`,
  );
  const parties = db.prepare<[], RawParty>(
    "SELECT case_id, name, id_number, credit_code, role FROM parties WHERE deleted_at IS NULL AND role <> 'agent'",
  );
  const partiesOf = db.prepare<[string], RawParty>(
    "SELECT case_id, name, id_number, credit_code, role FROM parties WHERE case_id = ? AND deleted_at IS NULL AND role <> 'agent'",
  );
  const deadlines = db.prepare<[], RawDeadline>(`${OPEN_DEADLINES} WHERE ${OPEN_DEADLINE}`);
  const deadlinesOf = db.prepare<[string], RawDeadline>(
    `${OPEN_DEADLINES} WHERE d.case_id = ? AND ${OPEN_DEADLINE}`,
  );
  const closedCases = db.prepare<
    { from: string; to: string },
    {
      id: string;
      kind: 'mediation' | 'arbitration';
      received_date: string;
      is_collective: number;
      handler_id: string | null;
    }
  >(
    `SELECT id, kind, received_date, is_collective, handler_id FROM cases
     WHERE ${LIVE_CASE} AND accepted_date IS NOT NULL AND closed_date BETWEEN @from AND @to`,
  );
  const closedEvents = db.prepare<
    { from: string; to: string },
    {
      case_id: string;
      id: string;
      type: string;
      occurred_on: string;
      payload: string;
      supersedes_event_id: string | null;
      actor_id: string | null;
    }
  >(
    `SELECT e.case_id, e.id, e.type, e.occurred_on, e.payload, e.supersedes_event_id, e.actor_id FROM events e
     JOIN cases c ON c.id = e.case_id
     WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL AND c.voided_at IS NULL AND c.accepted_date IS NOT NULL
       AND c.closed_date BETWEEN @from AND @to
     ORDER BY e.case_id, e.occurred_on, e.recorded_at, e.id`,
  );
  return {
    /** Every case that is open or has ever had a handler. */
    cases: (): AssignmentCaseRecord[] => cases.all().map(toCase),
    caseById(id: string): AssignmentCaseRecord | null {
      const r = caseById.get(id);
      return r === undefined ? null : toCase(r);
    },
    /** Principals (not agents) of every case, or of one. */
    parties: (): AssignmentPartyRecord[] => parties.all().map(toParty),
    partiesOf: (caseId: string): AssignmentPartyRecord[] => partiesOf.all(caseId).map(toParty),
    /** Deadlines someone can still act on, with a due date. */
    openDeadlines: (): OpenDeadlineRecord[] => deadlines.all().map(toDeadline),
    openDeadlinesOf: (caseId: string): OpenDeadlineRecord[] => deadlinesOf.all(caseId).map(toDeadline),
    /** Cases accepted and closed from `from` through `to`. */
    closedCases: (from: string, to: string): ClosedCaseRecord[] =>
      closedCases.all({ from, to }).map((c) => ({
        id: c.id,
        kind: c.kind,
        receivedDate: c.received_date,
        isCollective: c.is_collective === 1,
        handlerId: c.handler_id,
      })),
    /** The logs of those cases, each in procedural order. */
    closedCaseEvents: (from: string, to: string): ClosedCaseEventRecord[] =>
      closedEvents.all({ from, to }).map((e) => ({
        caseId: e.case_id,
        id: e.id,
        type: e.type,
        occurredOn: e.occurred_on,
        payload: parseJsonObject(e.payload),
        supersedesEventId: e.supersedes_event_id,
        actorId: e.actor_id,
      })),
  };
}
export type AssignmentInputsRepo = ReturnType<typeof createAssignmentInputsRepo>;
