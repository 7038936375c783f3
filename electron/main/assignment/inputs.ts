import {
  AssignmentSettings,
  closureCredit,
  DEFAULT_ASSIGNMENT_SETTINGS,
  type CaseForAssignment,
  type CreditedClosure,
  type LoggedEvent,
  type StaffMember,
} from '../../../shared/assignment';
import { liveReceipt } from '../../../shared/procedure/live-log';
import type { Repos } from '../db/repositories';
import type {
  AssignmentCaseRecord,
  AssignmentPartyRecord,
  OpenDeadlineRecord,
} from '../db/repositories/assignment-inputs.repo';

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const it of items) (out.get(key(it)) ?? out.set(key(it), []).get(key(it)))?.push(it);
  return out;
};

const party = (p: AssignmentPartyRecord) => ({
  name: p.name,
  ...(p.idNumber ? { idNumber: p.idNumber } : {}),
  ...(p.creditCode ? { creditCode: p.creditCode } : {}),
  role: p.role,
});

const toCase = (
  r: AssignmentCaseRecord,
  ps: readonly AssignmentPartyRecord[],
  ds: readonly OpenDeadlineRecord[],
): CaseForAssignment => ({
  id: r.id,
  caseNumber: r.displayNo,
  officeId: r.officeId,
  kind: r.kind,
  isCollective: r.isCollective,
  isSimple: r.isSimple,
  parties: ps.length > 0 ? ps.map(party) : [{ name: '（未登记当事人）', role: 'applicant' }],
  status: r.status,
  deadlines: ds.map((d) => ({ ruleId: d.ruleId, label: d.label, dueDate: d.dueDate })),
  ...(r.handlerId ? { a: r.handlerId } : {}),
  ...(r.bHandlerId ? { b: r.bHandlerId } : {}),
});

/**
 * The AB角 engine's inputs (shared/assignment), projected from the repositories: staff, the committee's settings,
 * and cases with their parties and open deadlines. A voided case (registered by mistake) is nobody's work: it
 * counts in no workload, proposal or cover (the repository leaves it out).
 */
export function createAssignmentInputs(repos: Repos) {
  const rows = repos.assignmentInputs;
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
      const r = rows.caseById(caseId);
      return r ? toCase(r, rows.partiesOf(caseId), rows.openDeadlinesOf(caseId)) : null;
    },
    /** Cases closed from `from` through `to`, each with who it counts for in the workload report. */
    closures(from: string, to: string): CreditedClosure[] {
      const logs = groupBy<LoggedEvent & { caseId: string }>(
        rows.closedCaseEvents(from, to),
        (e) => e.caseId,
      );
      return rows.closedCases(from, to).flatMap((c) => {
        const events = logs.get(c.id) ?? [];
        // The receipt in force starts the fold, as in project-case.ts (a corrected 收件日期 replaces the first).
        const basics = {
          kind: c.kind,
          receivedDate: liveReceipt(events)?.occurredOn ?? c.receivedDate,
          isCollective: c.isCollective,
        };
        const credit = closureCredit(basics, events, c.handlerId);
        return credit === null ? [] : [{ caseId: c.id, ...credit }];
      });
    },
    /** Every case that is open or has ever had a handler (history for "same parties" recusal and workload). */
    cases(): CaseForAssignment[] {
      const parties = groupBy(rows.parties(), (p) => p.caseId);
      const deadlines = groupBy(rows.openDeadlines(), (d) => d.caseId);
      return rows.cases().map((r) => toCase(r, parties.get(r.id) ?? [], deadlines.get(r.id) ?? []));
    },
  };
}
export type AssignmentInputs = ReturnType<typeof createAssignmentInputs>;
