import { checkAssignment } from '../../../shared/assignment';
import { AppFailure } from '../../../shared/result';
import { createAssignmentInputs } from '../assignment/inputs';
import { planConfirmHandover } from '../../../shared/mutations/planners/case-assign';
import type { MutatorImpl, PlannedMutator } from './types';

/**
 * 指定 A角/B角 (reference §4): every rule of the AB角 system is checked again here — A ≠ B, active, same office,
 * roles, recusal, never both away on a deadline day — and the decision is kept with its reason in the history.
 * A calendar-free check is impossible, so the calendar in force is passed through the context's deps.
 * Not yet a shared planner: the "never both away on a deadline day" rule reads the case's open deadlines, a
 * desktop projection (case_deadlines, not a synced row) computed with the shipped rule set in resources/, which
 * neither shared/ nor the server reads yet.
 */
export const assignCase: MutatorImpl<'case.assign', { id: string; warnings: string[] }> = {
  caseOf: (args) => args.caseId,
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  apply(args, ctx) {
    if (!ctx.calendar) throw new Error('case.assign needs the calendar');
    const inputs = createAssignmentInputs(ctx.repos);
    const c = inputs.caseFor(args.caseId);
    if (!c) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    const history = inputs.cases().filter((x) => x.id !== c.id);
    const check = checkAssignment(
      c,
      args.a,
      args.b,
      inputs.staff(),
      ctx.repos.assignments.leaves(),
      ctx.repos.assignments.relationships(),
      history,
      inputs.settings(),
      ctx.calendar(),
    );
    if (check.violations.length > 0)
      throw new AppFailure('VALIDATION', check.violations.map((v) => v.message).join('；'), {
        issues: check.violations.map((v) => ({ path: 'a', label: '承办人', message: v.message })),
      });
    const before = { a: c.a ?? null, b: c.b ?? null };
    const id = args.id as string;
    const officeId = c.officeId;
    ctx.repos.assignments.insertAssignment({
      id,
      caseId: args.caseId,
      officeId,
      a: args.a,
      b: args.b,
      kind: args.kind,
      reason: args.reason,
      handover: args.handover ?? null,
      at: ctx.nowIso,
      by: ctx.actor.id,
    });
    ctx.caseChanged(args.caseId);
    return {
      result: { id, warnings: check.warnings.map((w) => w.message) },
      audit: {
        entity: 'assignment',
        entityId: id,
        caseId: args.caseId,
        officeId,
        before,
        after: { a: args.a, b: args.b, kind: args.kind, reason: args.reason },
      },
    };
  },
};

/** 确认交接 (shared/mutations/planners/case-assign.ts): nothing to prepare. */
export const confirmHandover: PlannedMutator<'case.confirmHandover', { confirmedAt: string }> = {
  prepare: (args) => args,
  planner: planConfirmHandover,
};
