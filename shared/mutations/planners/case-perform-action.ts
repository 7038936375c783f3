import { hasAnyRole } from '../../domain/staff/who-may';
import type { AwardPayload } from '../../procedure/award-payload';
import { actionById, applyEvent, checkAction } from '../../procedure/machine';
import { AppFailure } from '../../result';
import { fieldIssues, summarizeIssues } from '../../schema/field-labels';
import { appendEvent, loadCase, projectCase } from '../plan/case-log';
import { refuseFutureDate } from '../plan/not-future';
import type { MutationPlanner } from '../plan/planner';
import { prepared } from '../plan/prepared';
import { checkAwardPayload } from './award-check';
import { CLOSED } from '../../procedure/action-types';
import { refuseWhileConflicted } from '../plan/open-conflicts';
import { archiveReview } from './archive-review';

export type PerformActionResult = { eventId: string; status: string };

/**
 * One procedural step: validated against the state machine (reference §1) as folded from the case's own log,
 * appended as an event, and projected onto the case row — all in the mutation's single transaction.
 *
 * The args come prepared: the event id, the deemed-served date of a service, and the official number of a
 * 受理 numbered on the desktop (a committee's own counter without a server, a station's series always) are in
 * the payload already, so the server derives the same rows. With a server, an arbitration case's 案号 is not in
 * the payload: the centre writes it onto the case row when it stores the 受理 (server/sync/push.ts).
 */
/** The action named by the args and its payload parsed by the action's own schema (issues under `payload.`). */
export function parseActionPayload(args: { action: string; payload: unknown }) {
  const action = actionById(args.action);
  if (!action) throw new AppFailure('VALIDATION', `未知的办案事项：${args.action}`);
  const parsed = action.payload.safeParse(args.payload);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error).map((i) => ({ ...i, path: `payload.${i.path}` }));
    throw new AppFailure('VALIDATION', summarizeIssues(issues), { issues });
  }
  return { action, payload: parsed.data as Record<string, unknown> };
}

export const planPerformAction: MutationPlanner<'case.performAction', PerformActionResult> = {
  caseOf: (args) => args.caseId,
  plan(args, ctx) {
    const { store, actor } = ctx;
    const { action } = parseActionPayload(args);
    const eventId = prepared(args.eventId, '办案记录的标识');
    // A step is recorded when it has happened; future dates belong in the payload (e.g. a hearing date).
    refuseFutureDate(ctx, args.occurredOn, { path: 'occurredOn', label: '办理日期' });
    const loaded = loadCase(store, args.caseId);
    const { row, state } = loaded;
    const officeId = row.officeId;
    const check = checkAction(state, action, actor.roles, args.payload, args.occurredOn);
    if (!check.ok) {
      const forbidden = !hasAnyRole(actor.roles, action.roles);
      throw new AppFailure(forbidden ? 'FORBIDDEN' : 'CONFLICT', check.reason);
    }
    if (action.id === 'service.record' && typeof args.payload['serverId'] === 'string') {
      const server = store.get('staff', args.payload['serverId']);
      if (server === null || !server.active)
        throw new AppFailure('VALIDATION', '送达人须为本委在职工作人员', {
          issues: [{ path: 'payload.serverId', label: '送达人', message: '送达人须为本委在职工作人员' }],
        });
    }
    if (action.id === 'arb.awarded' || action.id === 'arb.partialAward')
      checkAwardPayload(ctx, args.caseId, state, args.payload as AwardPayload, args.occurredOn);
    // 归档 waits for 案件评查 (issue 13 item 3); the record it keeps is what the statistics read.
    const payload =
      action.id === 'case.archived' ? { ...args.payload, review: archiveReview(ctx, loaded) } : args.payload;
    const evidence = args.payload['evidenceFile'] as { sha256: string } | undefined;
    if (evidence !== undefined) {
      if (!ctx.hasBlob(evidence.sha256)) throw new AppFailure('VALIDATION', '凭证附件不存在，请重新上传');
      ctx.blobDep(evidence.sha256);
    }
    appendEvent(ctx, {
      id: eventId,
      caseId: args.caseId,
      officeId,
      type: action.id,
      occurredOn: args.occurredOn,
      payload,
    });
    const next = applyEvent(state, { type: action.id, occurredOn: args.occurredOn, payload });
    if (next.status !== state.status && CLOSED.includes(next.status))
      refuseWhileConflicted(store, args.caseId, `办理“${action.label}”`);
    projectCase(ctx, args.caseId, next);
    if (typeof args.payload['officialNo'] === 'string' && row.officialNo === null)
      store.update('case', args.caseId, { officialNo: args.payload['officialNo'], updatedAt: ctx.nowIso });
    // Whoever accepts a case becomes its A角 only if they can handle it: an arbitrator accepting an arbitration
    // case, a mediator a mediation case. A clerk who records 受理 (or a director without that role) does not —
    // the case then waits unassigned for the AB角 proposal (issue 10 item 7).
    const handlerRole =
      action.id === 'arb.accept' ? 'arbitrator' : action.id === 'med.accept' ? 'mediator' : null;
    if (handlerRole !== null && row.handlerId === null && actor.roles.includes(handlerRole))
      store.update('case', args.caseId, { handlerId: actor.id, updatedAt: ctx.nowIso });
    return {
      result: { eventId, status: next.status },
      audit: {
        entity: 'case',
        entityId: args.caseId,
        caseId: args.caseId,
        officeId,
        before: {
          status: state.status,
          outcome: state.outcome,
          receivedOn: state.receivedOn,
          acceptedOn: state.acceptedOn,
        },
        after: {
          action: action.id,
          label: action.label,
          occurredOn: args.occurredOn,
          payload,
          status: next.status,
          outcome: next.outcome,
        },
      },
    };
  },
};
