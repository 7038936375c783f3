import { AppFailure } from '../../result';
import { appendEvent } from '../plan/case-log';
import { requireCorrectionRight } from '../plan/correction-rights';
import type { AuditImage, MutationPlanner, PlanCtx } from '../plan/planner';

export type VoidCaseResult = { eventId: string };

/** The informational event that tells the timeline who voided or restored the case, when and why. */
function appendCaseEvent(
  ctx: PlanCtx,
  caseId: string,
  officeId: string,
  eventId: string,
  type: 'case.voided' | 'case.restored',
  payload: { reason: string; grounds?: string },
): void {
  appendEvent(ctx, { id: eventId, caseId, officeId, type, occurredOn: ctx.today, payload });
}

const audit = (caseId: string, officeId: string, before: unknown, after: unknown): AuditImage => ({
  entity: 'case',
  entityId: caseId,
  caseId,
  officeId,
  before,
  after,
});

/**
 * 作废案件: a case registered by mistake is kept with its reason, hidden from lists, search, 期限待办, reminders
 * and workload (its deadline projection is emptied in the same transaction), and takes no further write until
 * a director restores it — both ends refuse them (`caseOf`).
 */
export const planVoidCase: MutationPlanner<'case.void', VoidCaseResult> = {
  caseOf: (args) => args.caseId,
  plan(args, ctx) {
    const row = ctx.store.get('case', args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    requireCorrectionRight(ctx, 'voidCase', row);
    const officeId = row.officeId;
    ctx.store.update('case', args.caseId, {
      voidedAt: ctx.nowIso,
      voidedBy: ctx.actor.id,
      voidReason: args.reason,
      updatedAt: ctx.nowIso,
    });
    const eventId = args.eventId as string;
    appendCaseEvent(ctx, args.caseId, officeId, eventId, 'case.voided', {
      reason: args.reason,
      grounds: args.grounds,
    });
    return {
      result: { eventId },
      audit: audit(
        args.caseId,
        officeId,
        { voidedAt: null },
        { voidedAt: ctx.nowIso, grounds: args.grounds, reason: args.reason },
      ),
    };
  },
};

/** 恢复: a case voided by mistake comes back into every list, its deadlines recomputed. */
export const planRestoreCase: MutationPlanner<'case.restore', VoidCaseResult> = {
  caseOf: (args) => args.caseId,
  allowOnVoidedCase: true,
  plan(args, ctx) {
    const row = ctx.store.get('case', args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    if (row.voidedAt === null) throw new AppFailure('CONFLICT', '案件未作废，无需恢复');
    requireCorrectionRight(ctx, 'restoreCase', row);
    const officeId = row.officeId;
    const before = { voidedAt: row.voidedAt, voidedBy: row.voidedBy ?? '', reason: row.voidReason ?? '' };
    ctx.store.update('case', args.caseId, {
      voidedAt: null,
      voidedBy: null,
      voidReason: null,
      updatedAt: ctx.nowIso,
    });
    const eventId = args.eventId as string;
    appendCaseEvent(ctx, args.caseId, officeId, eventId, 'case.restored', { reason: args.reason });
    return {
      result: { eventId },
      audit: audit(args.caseId, officeId, before, { voidedAt: null, reason: args.reason }),
    };
  },
};
