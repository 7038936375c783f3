import {
  AssignmentSettings,
  closureCredit,
  DEFAULT_ASSIGNMENT_SETTINGS,
  type CaseForAssignment,
  type CreditedClosure,
  type LoggedEvent,
  type StaffMember,
} from '../../../shared/assignment';
import { parseJsonObject } from '../db/repositories/row-json';
import type { CaseStatus } from '../../../shared/domain/case/case-status';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repositories';

type CaseRow = {
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

/**
 * The AB角 engine's inputs (shared/assignment), projected from the database: staff, leave, relationships,
 * the committee's settings, and cases with their parties and open deadlines. A voided case (registered by
 * mistake) is nobody's work: it counts in no workload, proposal or cover.
 */
export function createAssignmentInputs(db: Db, repos: Repos) {
  const caseRows = db.prepare<[], CaseRow>(
    `SELECT id, office_id, kind, is_collective, is_simple, status, display_no, handler_id, b_handler_id
     FROM cases WHERE deleted_at IS NULL AND voided_at IS NULL AND (handler_id IS NOT NULL OR b_handler_id IS NOT NULL OR status NOT IN ('closed', 'archived'))`,
  );
  const caseRow = db.prepare<[string], CaseRow>(
    `SELECT id, office_id, kind, is_collective, is_simple, status, display_no, handler_id, b_handler_id
     FROM cases WHERE id = ? AND deleted_at IS NULL AND voided_at IS NULL`,
  );
  const parties = db.prepare<
    [],
    { case_id: string; name: string; id_number: string | null; credit_code: string | null; role: string }
  >(
    "SELECT case_id, name, id_number, credit_code, role FROM parties WHERE deleted_at IS NULL AND role <> 'agent'",
  );
  const partiesOf = db.prepare<
    [string],
    { name: string; id_number: string | null; credit_code: string | null; role: string }
  >(
    "SELECT name, id_number, credit_code, role FROM parties WHERE case_id = ? AND deleted_at IS NULL AND role <> 'agent'",
  );
  const deadlines = db.prepare<[], { case_id: string; rule_id: string; label: string; due_date: string }>(
    "SELECT case_id, rule_id, label, due_date FROM case_deadlines WHERE due_date IS NOT NULL AND status IN ('pending', 'overdue', 'paused')",
  );
  const deadlinesOf = db.prepare<[string], { rule_id: string; label: string; due_date: string }>(
    "SELECT rule_id, label, due_date FROM case_deadlines WHERE case_id = ? AND due_date IS NOT NULL AND status IN ('pending', 'overdue', 'paused')",
  );
  // Closed (and accepted) in the period, with every event of those cases in procedural order, to find who
  // decided each (shared/assignment/closure-credit.ts). 收件日期 starts the fold as in project-case.ts.
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
     WHERE deleted_at IS NULL AND accepted_date IS NOT NULL AND closed_date BETWEEN @from AND @to`,
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
     WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL AND c.accepted_date IS NOT NULL
       AND c.closed_date BETWEEN @from AND @to
     ORDER BY e.case_id, e.occurred_on, e.recorded_at, e.id`,
  );
  type P = { name: string; id_number: string | null; credit_code: string | null; role: string };
  const party = (p: P) => ({
    name: p.name,
    ...(p.id_number ? { idNumber: p.id_number } : {}),
    ...(p.credit_code ? { creditCode: p.credit_code } : {}),
    role: p.role as 'applicant' | 'respondent' | 'third_party',
  });
  const toCase = (
    r: CaseRow,
    ps: P[],
    ds: { rule_id: string; label: string; due_date: string }[],
  ): CaseForAssignment => ({
    id: r.id,
    caseNumber: r.display_no,
    officeId: r.office_id,
    kind: r.kind,
    isCollective: r.is_collective === 1,
    isSimple: r.is_simple === 1,
    parties: ps.length > 0 ? ps.map(party) : [{ name: '（未登记当事人）', role: 'applicant' }],
    status: r.status,
    deadlines: ds.map((d) => ({ ruleId: d.rule_id, label: d.label, dueDate: d.due_date })),
    ...(r.handler_id ? { a: r.handler_id } : {}),
    ...(r.b_handler_id ? { b: r.b_handler_id } : {}),
  });

  return {
    staff: (): StaffMember[] =>
      repos.staff
        .list()
        .map((s) => ({ id: s.id, name: s.name, roles: s.roles, officeId: s.officeId, active: s.active })),
    settings: (): AssignmentSettings => {
      const r = AssignmentSettings.safeParse(repos.settings.get('assignment.settings'));
      return r.success ? r.data : DEFAULT_ASSIGNMENT_SETTINGS;
    },
    caseFor(caseId: string): CaseForAssignment | null {
      const r = caseRow.get(caseId);
      return r ? toCase(r, partiesOf.all(caseId), deadlinesOf.all(caseId)) : null;
    },
    /** Cases closed from `from` through `to`, each with who it counts for in the workload report. */
    closures(from: string, to: string): CreditedClosure[] {
      const byCase = new Map<string, LoggedEvent[]>();
      for (const e of closedEvents.all({ from, to }))
        (byCase.get(e.case_id) ?? byCase.set(e.case_id, []).get(e.case_id))?.push({
          id: e.id,
          type: e.type,
          occurredOn: e.occurred_on,
          payload: parseJsonObject(e.payload),
          supersedesEventId: e.supersedes_event_id,
          actorId: e.actor_id,
        });
      return closedCases.all({ from, to }).flatMap((c) => {
        const events = byCase.get(c.id) ?? [];
        const first = events.find((e) => e.type === 'case.received' || e.type === 'case.imported');
        const credit = closureCredit(
          {
            kind: c.kind,
            receivedDate: first?.occurredOn ?? c.received_date,
            isCollective: c.is_collective === 1,
          },
          events,
          c.handler_id,
        );
        return credit === null ? [] : [{ caseId: c.id, ...credit }];
      });
    },
    /** Every case that is open or has ever had a handler (history for "same parties" recusal and workload). */
    cases(): CaseForAssignment[] {
      const byCase = new Map<string, P[]>();
      for (const p of parties.all())
        (byCase.get(p.case_id) ?? byCase.set(p.case_id, []).get(p.case_id))?.push(p);
      const dl = new Map<string, { rule_id: string; label: string; due_date: string }[]>();
      for (const d of deadlines.all()) (dl.get(d.case_id) ?? dl.set(d.case_id, []).get(d.case_id))?.push(d);
      return caseRows.all().map((r) => toCase(r, byCase.get(r.id) ?? [], dl.get(r.id) ?? []));
    },
  };
}
export type AssignmentInputs = ReturnType<typeof createAssignmentInputs>;
