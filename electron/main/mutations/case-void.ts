import { AppFailure } from '../../../shared/result';
import { requireCorrectionRight } from './correction-rights';
import type { AuditImage, MutationCtx, MutatorImpl } from './types';
import { appendEvent } from './append-event';

export type VoidCaseResult = { eventId: string };

/** The informational event that tells the timeline who voided or restored the case, when and why. */
function appendCaseEvent(
  ctx: MutationCtx,
  caseId: string,
  officeId: string,
  eventId: string,
  type: 'case.voided' | 'case.restored',
  reason: string,
): void {
  appendEvent(ctx, {
    id: eventId,
    caseId,
    officeId,
    type,
    occurredOn: ctx.today,
    payload: { reason },
  });
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
 * a director restores it — the runner refuses them (`caseOf`).
 */
export const voidCase: MutatorImpl<'case.void', VoidCaseResult> = {
  caseOf: (args) => args.caseId,
  prepare: (args, ctx) => ({ ...args, eventId: args.eventId ?? ctx.newId() }),
  apply(args, ctx) {
    const row = ctx.repos.cases.get(args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    requireCorrectionRight(ctx, 'voidCase', row);
    const officeId = row.officeId;
    ctx.repos.cases.setVoided(
      args.caseId,
      { at: ctx.nowIso, by: ctx.actor.id, reason: args.reason },
      ctx.nowIso,
    );
    appendCaseEvent(ctx, args.caseId, officeId, args.eventId as string, 'case.voided', args.reason);
    ctx.caseChanged(args.caseId);
    return {
      result: { eventId: args.eventId as string },
      audit: audit(args.caseId, officeId, { voidedAt: null }, { voidedAt: ctx.nowIso, reason: args.reason }),
    };
  },
};

/** 恢复: a case voided by mistake comes back into every list, its deadlines recomputed. */
export const restoreCase: MutatorImpl<'case.restore', VoidCaseResult> = {
  caseOf: (args) => args.caseId,
  allowOnVoidedCase: true,
  prepare: (args, ctx) => ({ ...args, eventId: args.eventId ?? ctx.newId() }),
  apply(args, ctx) {
    const row = ctx.repos.cases.get(args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    if (row.voided === null) throw new AppFailure('CONFLICT', '案件未作废，无需恢复');
    requireCorrectionRight(ctx, 'restoreCase', row);
    const officeId = row.officeId;
    const before = { voidedAt: row.voided.at, voidedBy: row.voided.by, reason: row.voided.reason };
    ctx.repos.cases.setVoided(args.caseId, null, ctx.nowIso);
    appendCaseEvent(ctx, args.caseId, officeId, args.eventId as string, 'case.restored', args.reason);
    ctx.caseChanged(args.caseId);
    return {
      result: { eventId: args.eventId as string },
      audit: audit(args.caseId, officeId, before, { voidedAt: null, reason: args.reason }),
    };
  },
};
