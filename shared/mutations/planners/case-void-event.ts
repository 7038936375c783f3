import type { CaseKind } from '../../domain/reference-data';
import { EVENT_VOIDED, liveReceipt, supersededIds } from '../../procedure/live-log';
import { actionById } from '../../procedure/machine';
import { stepBrokenByVoid, voidRefusal } from '../../procedure/void-check';
import { AppFailure } from '../../result';
import { appendEvent, foldable, loadCase, projectCase } from '../plan/case-log';
import { requireCorrectionRight } from '../plan/correction-rights';
import type { MutationPlanner } from '../plan/planner';

export type VoidEventResult = { eventId: string; status: string };

/**
 * 作废一条办案记录: a service record or a procedural step entered by mistake is superseded by a void event —
 * never deleted — so the fold, deadlines, 上一办案事项日期 and documents no longer see it and the dates behind it
 * are free again. Refused for the receipt (correct the 收件日期 instead), for a record already voided or
 * corrected, for another case's record, and when a later step would become illegal without it.
 */
export const planVoidEvent: MutationPlanner<'case.voidEvent', VoidEventResult> = {
  caseOf: (args) => args.caseId,
  plan(args, ctx) {
    const { row, events: log } = loadCase(ctx.store, args.caseId);
    const officeId = row.officeId;
    requireCorrectionRight(ctx, 'voidEvent', row);
    const target = ctx.store.get('event', args.eventId);
    if (target === null || target.caseId !== args.caseId)
      throw new AppFailure('NOT_FOUND', '本案没有这条办案记录');
    const refusal = voidRefusal(target.type);
    if (refusal !== null) throw new AppFailure('CONFLICT', refusal);
    const action = actionById(target.type);
    if (action === undefined) throw new AppFailure('CONFLICT', '只能作废送达记录或办案事项');
    const events = log.map(foldable);
    if (supersededIds(events).has(target.id)) throw new AppFailure('CONFLICT', '该记录已经作废或更正');

    const basics = {
      kind: row.kind as CaseKind,
      receivedDate: liveReceipt(events)?.occurredOn ?? row.receivedDate,
      isCollective: row.isCollective,
    };
    const broken = stepBrokenByVoid(basics, events, target.id);
    if (broken !== null)
      throw new AppFailure(
        'CONFLICT',
        `不能作废：其后的“${broken.label}”（${broken.occurredOn}）以此为前提，作废后将不再合法（${broken.reason}）。请先作废其后的记录`,
      );

    const id = args.voidEventId as string;
    const payload = {
      reason: args.reason,
      voidedType: target.type,
      voidedLabel: action.label,
      voidedOn: target.occurredOn,
    };
    appendEvent(ctx, {
      id,
      caseId: args.caseId,
      officeId,
      type: EVENT_VOIDED,
      occurredOn: ctx.today,
      payload,
      supersedesEventId: target.id,
    });
    const next = loadCase(ctx.store, args.caseId).state;
    projectCase(ctx, args.caseId, next);
    return {
      result: { eventId: id, status: next.status },
      audit: {
        entity: 'event',
        entityId: target.id,
        caseId: args.caseId,
        officeId,
        before: { type: target.type, occurredOn: target.occurredOn, payload: target.payload },
        after: { voidedBy: id, ...payload },
      },
    };
  },
};
