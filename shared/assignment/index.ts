/**
 * AB角 case assignment — the public API (issue 6 items 1–4, 6, 7; reference §4, recusal §1.3 A6a). Import from
 * 'shared/assignment' only. Pure logic: pass the committee's `Calendar` so imported holiday years count.
 *
 *   checkAssignment(case, a, b, staff, leaves, relationships, history, settings, calendar) → { violations, warnings }
 *   proposeAssignment(case, staff, leaves, relationships, openCases, history, settings, calendar, today)
 *       → { ok: true, a, b, reason, warnings, alternatives: { asA, asB } } | { ok: false, error, excluded }
 *   leaveConflicts(newLeave, staff, leaves, cases, calendar)              → [{ caseId, date, deadlineLabel, other… }]
 *   proposeCover(conflict, staff, leaves, cases, relationships, history, settings) → a temporary cover or error
 *   effectiveHandler(case, leaves, on) → A | B while A is away | null;   todoFor(staffId, cases, leaves, on)
 *   escalation(deadline, case, today, calendar, settings, lastActionOn?, leaves?) → { level, firesOn, schedule }
 *   handoverSheet(case, from, to, { openDisputes, documentsPending, notes?, today? }); formatHandover(sheet)
 *   workloadReport(staff, cases, closures, leaves, today, calendar, settings, period) → { periods, rows };
 *   closureCredit(basics, events, handlerId); sortWorkload(rows, field, dir); workloadExportRows(report)
 *
 * Readings chosen where the brief or the texts leave room (each is one place in the code):
 * 1. Roles: A is an arbitrator for arbitration (调解仲裁法第三十一条), a mediator or arbitrator for mediation; B is
 *    an arbitrator, mediator or clerk. A B who could not act as A on this case (a clerk, or a mediator on an
 *    arbitration case) gets a warning, not a violation: clerical and deadline work only, no award signature.
 * 2. "Away" is any 请假/出差/培训, both ends inclusive. `checkAssignment` forbids A and B both away on a working day a
 *    known deadline of the case falls on; a deadline in a year without holiday data counts as a working day (the
 *    stricter reading) and adds a CALENDAR_GAP warning. Deadlines with a null due date are left out by callers.
 * 3. Party identity: two ID numbers (or two credit codes) decide when both sides carry one; otherwise the exact
 *    name (NFKC, spaces removed, upper case). Relationships with agents count (第三十三条 names 代理人).
 *    "The same parties" (optional recusal) = the same set of principal parties, agents ignored.
 * 4. Proposal: A and B must both be present today; A must also be present on every working day one of the
 *    case's known deadlines falls on (B need not be: A covers). Open cases are checked for same parties too.
 *    A is the least-loaded eligible person; B the least-loaded person making a valid pair with A; if the best A
 *    has no valid B the next A is tried. Ranking: weighted load, then fewer B cases, then name, then id.
 * 5. Workload: weight(case) = base × collective? × simple? × mediation?; defaults 1, 3, 0.5, 1; B counts 0.3.
 *    Sums are rounded to 6 decimals so equal loads tie.
 * 6. Cover: B acts while A is away and B is present; with both away nobody does (null) and the ladder reaches
 *    the director. A's own cases leave A's 期限待办 while A is away.
 * 7. Escalation: the ladder starts `escalationDays` working days before the due date; A that day, B one working
 *    day later, the director one more; a level whose person is away (or missing) that day is skipped and the
 *    next fires the same day. Any action on or after the first day (up to today) stops it. Each level has one day.
 * 8. A temporary cover is someone who could be A on the case (role, office, active, no recusal), is neither A
 *    nor B, is present that day, least loaded; on an arbitration case a cover sitting on the tribunal changes it.
 * 9. Workload report: open cases and deadlines count for A as of today; closures in the chosen period (default:
 *    this year) count for the arbitrators of the tribunal that closed the case — each member once, the
 *    presiding or sole arbitrator also shown apart — or, with no tribunal, for whoever recorded the closing step
 *    (closure-credit.ts); "this week" runs through Sunday; average days to close are natural days 受理 → 结案;
 *    every header names its period; the CSV has a BOM and neutralises formula-like cells.
 */

export { AssignmentParty, CaseForAssignment, OpenDeadline, Assignment, isOpenStatus } from './case.schema';
export type { HandledCase } from './case.schema';
export {
  StaffMember,
  Leave,
  Relationship,
  LEAVE_KINDS,
  LEAVE_KIND_CODES,
  leaveKindLabel,
} from './staff.schema';
export type { LeaveKind, RelationshipInput } from './staff.schema';
export { WorkloadWeights, AssignmentSettings, DEFAULT_ASSIGNMENT_SETTINGS } from './settings.schema';
export type { AssignmentSettingsInput } from './settings.schema';
export { sameParty, sameParties } from './identity';
export { isAway, leaveOn } from './presence';
export { caseWeight, loadOf } from './load';
export type { Load } from './load';
export type { CandidateLoad } from './ranking';
export { checkAssignment, canBeA, canBeB } from './rules';
export type {
  AssignmentCheck,
  AssignmentWarning,
  Violation,
  ViolationCode,
  WarningCode,
  Slot,
} from './rules';
export { proposeAssignment } from './proposal';
export type { Proposal, ExcludedCandidate } from './proposal';
export { leaveConflicts, proposeCover } from './leave-conflicts';
export type { LeaveConflict, CoverProposal } from './leave-conflicts';
export { effectiveHandler, todoFor } from './cover';
export type { TodoItem } from './cover';
export { escalation } from './escalation';
export type { Escalation, EscalationLevel, EscalationStep } from './escalation';
export { handoverSheet, formatHandover } from './handover';
export type { HandoverInputs, HandoverSheet, HandoverDeadline } from './handover';
export { workloadReport, sortWorkload, defaultWorkloadPeriod, WORKLOAD_SORT_FIELDS } from './workload';
export type {
  CreditedClosure,
  WorkloadPeriods,
  WorkloadReport,
  WorkloadRow,
  WorkloadSortField,
} from './workload';
export { closureCredit } from './closure-credit';
export type { ClosureCredit, LoggedEvent } from './closure-credit';
export { workloadFieldPeriod, withPeriod } from './workload-periods';
export { WORKLOAD_EXPORT_COLUMNS, workloadExportHeader, workloadExportRows } from './workload-export';
export type { ExportCell } from './workload-export';
export {
  AssignCaseArgs,
  ConfirmHandoverArgs,
  DeclareRelationshipArgs,
  RecordLeaveArgs,
} from './assignment-args';
