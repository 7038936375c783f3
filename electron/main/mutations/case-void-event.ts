import { EVENT_VOIDED, liveReceipt, supersededIds } from '../../../shared/procedure/live-log';
import { actionById } from '../../../shared/procedure/machine';
import { stepBrokenByVoid, voidRefusal } from '../../../shared/procedure/void-check';
import { AppFailure } from '../../../shared/result';
import { requireCorrectionRight } from './correction-rights';
import { loadCase, projectCase } from './project-case';
import type { MutatorImpl } from './types';
import { appendEvent } from './append-event';

export type VoidEventResult = { eventId: string; status: string };

/**
 * 作废一条办案记录: a service record or a procedural step entered by mistake is superseded by a void event —
 * never deleted — so the fold, deadlines, 上一办案事项日期 and documents no longer see it and the dates behind it
 * are free again. Refused for the receipt (correct the 收件日期 instead), for a record already voided or
 * corrected, for another case's record, and when a later step would become illegal without it.
 */
export const voidEvent: MutatorImpl<'case.voidEvent', VoidEventResult> = {
  caseOf: (args) => args.caseId,
  prepare: (args, ctx) => ({ ...args, voidEventId: args.voidEventId ?? ctx.newId() }),
  apply(args, ctx) {
    const { row, officeId } = loadCase(ctx, args.caseId);
    requireCorrectionRight(ctx, 'voidEvent', row);
    const target = ctx.repos.events.get(args.eventId);
    if (target === null || target.caseId !== args.caseId)
      throw new AppFailure('NOT_FOUND', '本案没有这条办案记录');
    const refusal = voidRefusal(target.type);
    if (refusal !== null) throw new AppFailure('CONFLICT', refusal);
    const action = actionById(target.type);
    if (action === undefined) throw new AppFailure('CONFLICT', '只能作废送达记录或办案事项');
    const events = ctx.repos.events.listForFold(args.caseId);
    if (supersededIds(events).has(target.id)) throw new AppFailure('CONFLICT', '该记录已经作废或更正');

    const basics = {
      kind: row.kind,
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
    const next = loadCase(ctx, args.caseId).state;
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
