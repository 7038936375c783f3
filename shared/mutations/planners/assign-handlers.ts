import {
  AssignmentSettings,
  checkAssignment,
  DEFAULT_ASSIGNMENT_SETTINGS,
  type CaseForAssignment,
  type HandledCase,
  type Leave,
  type Relationship,
} from '../../assignment';
import { computeDeadlines } from '../../deadlines';
import { AppFailure } from '../../result';
import type { EntityRow } from '../../sync/entities';
import { caseEvents, foldable } from '../plan/case-log';
import type { PlanStore } from '../plan/plan-store';
import type { MutationPlanner, PlanCtx } from '../plan/planner';
import { calendarIn, deadlineRulesIn } from '../plan/rules-in-force';

/** Deadlines someone can still act on, with a due date (as the desktop's 期限待办 counts them). */
const OPEN = new Set(['pending', 'overdue', 'paused']);

const principals = (store: PlanStore, caseId: string): CaseForAssignment['parties'] =>
  store
    .list('party', { caseId })
    .filter((p) => p.role !== 'agent')
    .sort((x, y) => x.sortOrder - y.sortOrder)
    .map((p) => ({
      name: p.name,
      ...(p.idNumber ? { idNumber: p.idNumber } : {}),
      ...(p.creditCode ? { creditCode: p.creditCode } : {}),
      role: p.role as CaseForAssignment['parties'][number]['role'],
    }));

const withPartiesOf = (store: PlanStore, r: EntityRow<'case'>): HandledCase => {
  const parties = principals(store, r.id);
  return {
    id: r.id,
    parties: parties.length > 0 ? parties : [{ name: '（未登记当事人）', role: 'applicant' }],
    ...(r.handlerId ? { a: r.handlerId } : {}),
    ...(r.bHandlerId ? { b: r.bHandlerId } : {}),
  };
};

/** The case as the AB角 rules see it, with its open deadlines computed from its log (the same engine). */
function caseForAssignment(ctx: PlanCtx, r: EntityRow<'case'>): CaseForAssignment {
  const reference = ctx.reference?.();
  if (reference === undefined) throw new Error('case.assign needs the shipped reference data');
  const deadlines = computeDeadlines({
    kind: r.kind as CaseForAssignment['kind'],
    events: caseEvents(ctx.store, r.id).map(foldable),
    rules: deadlineRulesIn(ctx.store, reference),
    calendar: calendarIn(ctx.store),
    today: ctx.today,
  }).filter((d) => d.dueDate !== null && OPEN.has(d.status));
  return {
    ...withPartiesOf(ctx.store, r),
    caseNumber: r.officialNo ?? r.provisionalNo,
    officeId: r.officeId,
    kind: r.kind as CaseForAssignment['kind'],
    isCollective: r.isCollective,
    isSimple: r.isSimple,
    status: r.status as CaseForAssignment['status'],
    deadlines: deadlines.map((d) => ({ ruleId: d.ruleId, label: d.label, dueDate: d.dueDate as string })),
  };
}

/**
 * Earlier live cases either person handled (A or B) that may have the same parties as `c`, for the "same parties"
 * recusal. Only cases sharing a party with the case's first principal can qualify (every principal must match),
 * so those are the candidates — found by its stored ID number, credit code or name (codes are stored normalised;
 * a name matches as typed) — rather than every case a person ever handled, which on the server would be one read
 * per case.
 */
function handledBy(store: PlanStore, c: CaseForAssignment, people: readonly string[]): HandledCase[] {
  const first = c.parties.find((p) => p.role !== 'agent');
  if (first === undefined) return [];
  const sharing = [
    ...(first.idNumber ? store.list('party', { idNumber: first.idNumber }) : []),
    ...(first.creditCode ? store.list('party', { creditCode: first.creditCode }) : []),
    ...store.list('party', { name: first.name }),
  ];
  const out = new Map<string, HandledCase>();
  for (const caseId of new Set(sharing.map((p) => p.caseId))) {
    if (caseId === c.id || out.has(caseId)) continue;
    const r = store.get('case', caseId);
    if (r === null || r.voidedAt !== null) continue;
    if (!people.some((p) => p === r.handlerId || p === r.bHandlerId)) continue;
    out.set(caseId, withPartiesOf(store, r));
  }
  return [...out.values()];
}

const leavesIn = (store: PlanStore): Leave[] =>
  store
    .list('leave', {})
    .sort((x, y) => (x.fromDate < y.fromDate ? -1 : x.fromDate > y.fromDate ? 1 : 0))
    .map((l) => ({
      id: l.id,
      staffId: l.staffId,
      kind: l.kind as Leave['kind'],
      from: l.fromDate,
      to: l.toDate,
      ...(l.note ? { note: l.note } : {}),
    }));

const relationshipsIn = (store: PlanStore): Relationship[] =>
  store.list('relationship', {}).map((r) => ({
    staffId: r.staffId,
    relation: r.relation,
    ...(r.idNumber ? { idNumber: r.idNumber } : {}),
    ...(r.creditCode ? { creditCode: r.creditCode } : {}),
    ...(r.partyName ? { partyName: r.partyName } : {}),
    ...(r.note ? { note: r.note } : {}),
  }));

/**
 * 指定 A角/B角 (reference §4): every rule of the AB角 system is checked again here — A ≠ B, active, same office,
 * roles, recusal, never both away on a deadline day (the case's open deadlines computed from its log with the
 * rules and calendar in force) — and the decision is kept with its reason in the history.
 */
export const planAssignCase: MutationPlanner<'case.assign', { id: string; warnings: string[] }> = {
  caseOf: (args) => args.caseId,
  plan(args, ctx) {
    const { store, actor, nowIso } = ctx;
    const row = store.get('case', args.caseId);
    if (!row || row.voidedAt !== null) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    const c = caseForAssignment(ctx, row);
    const settings = AssignmentSettings.safeParse(store.get('setting', 'assignment.settings')?.value);
    const staff = store.list('staff', {}).map((s) => ({
      id: s.id,
      name: s.name,
      roles: s.roles as never,
      officeId: s.officeId,
      active: s.active,
    }));
    const check = checkAssignment(
      c,
      args.a,
      args.b,
      staff,
      leavesIn(store),
      relationshipsIn(store),
      handledBy(store, c, [args.a, args.b]),
      settings.success ? settings.data : DEFAULT_ASSIGNMENT_SETTINGS,
      calendarIn(store),
    );
    if (check.violations.length > 0)
      throw new AppFailure('VALIDATION', check.violations.map((v) => v.message).join('；'), {
        issues: check.violations.map((v) => ({ path: 'a', label: '承办人', message: v.message })),
      });
    const id = args.id as string;
    store.insert('assignment', {
      id,
      caseId: args.caseId,
      officeId: row.officeId,
      aId: args.a,
      bId: args.b,
      kind: args.kind,
      reason: args.reason,
      handover: args.handover === undefined || args.handover === null ? null : JSON.stringify(args.handover),
      handoverConfirmedAt: null,
      handoverConfirmedBy: null,
      createdAt: nowIso,
      createdBy: actor.id,
    });
    store.update('case', args.caseId, { handlerId: args.a, bHandlerId: args.b, updatedAt: nowIso });
    return {
      result: { id, warnings: check.warnings.map((w) => w.message) },
      audit: {
        entity: 'assignment',
        entityId: id,
        caseId: args.caseId,
        officeId: row.officeId,
        before: { a: row.handlerId ?? null, b: row.bHandlerId ?? null },
        after: { a: args.a, b: args.b, kind: args.kind, reason: args.reason },
      },
    };
  },
};
