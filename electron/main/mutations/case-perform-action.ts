import { fieldIssues, summarizeIssues } from '../../../shared/schema/field-labels';
import { actionById, applyEvent, checkAction } from '../../../shared/procedure/machine';
import { hasAnyRole } from '../../../shared/domain/staff/who-may';
import { effectiveServiceDate, type ServicePayload } from '../../../shared/procedure/service';
import { AppFailure } from '../../../shared/result';
import { loadCase, projectCase } from './project-case';
import type { MutatorImpl } from './types';
import { nextOfficialNo } from './official-number';
import { nextStationNo } from './station-number';
import { checkAwardPayload } from './award-check';
import type { AwardPayload } from '../../../shared/procedure/award-payload';
import { refuseFutureDate } from './not-future';
import { appendEvent } from './append-event';

export type PerformActionResult = { eventId: string; status: string };

/**
 * One procedural step: validated against the state machine (reference §1) as folded from the case's own log,
 * appended as an event, and projected onto the case row — all in the mutation's single transaction.
 */
export const performAction: MutatorImpl<'case.performAction', PerformActionResult> = {
  caseOf: (args) => args.caseId,
  prepare(args, ctx) {
    const action = actionById(args.action);
    if (!action) throw new AppFailure('VALIDATION', `未知的办案事项：${args.action}`);
    const parsed = action.payload.safeParse(args.payload);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error).map((i) => ({ ...i, path: `payload.${i.path}` }));
      throw new AppFailure('VALIDATION', summarizeIssues(issues), { issues });
    }
    let payload = parsed.data as Record<string, unknown>;
    // The deemed-served date is fixed when service is recorded, so later rule changes cannot move it silently.
    if (action.id === 'service.record')
      payload = { ...payload, effectiveOn: effectiveServiceDate(payload as ServicePayload) };
    // With a central server the official number comes from the centre at 受理 (issue 11 item 7); until the
    // acceptance is synced the case shows its provisional number.
    const numberedByCentre = ctx.repos.meta.get('sync.server_url') !== null;
    if (action.id === 'arb.accept' && payload['officialNo'] === undefined && !numberedByCentre) {
      const row = ctx.repos.cases.get(args.caseId);
      if (row !== null && row.officialNo === null)
        payload = { ...payload, officialNo: nextOfficialNo(ctx, args.occurredOn) };
    }
    // A station's mediation case takes the station's own number at 受理, in both modes (see nextStationNo).
    if (action.id === 'med.accept' && payload['officialNo'] === undefined) {
      const row = ctx.repos.cases.get(args.caseId);
      const no =
        row !== null && row.officialNo === null && row.kind === 'mediation'
          ? nextStationNo(ctx, row.officeId, args.occurredOn)
          : null;
      if (no !== null) payload = { ...payload, officialNo: no };
    }
    return { ...args, payload, eventId: args.eventId ?? ctx.newId() };
  },

  apply(args, ctx) {
    const action = actionById(args.action);
    if (!action) throw new AppFailure('VALIDATION', `未知的办案事项：${args.action}`);
    // A step is recorded when it has happened; future dates belong in the payload (e.g. a hearing date).
    refuseFutureDate(ctx, args.occurredOn, { path: 'occurredOn', label: '办理日期' });
    const { row, state, officeId } = loadCase(ctx, args.caseId);
    const check = checkAction(state, action, ctx.actor.roles, args.payload, args.occurredOn);
    if (!check.ok) {
      const forbidden = !hasAnyRole(ctx.actor.roles, action.roles);
      throw new AppFailure(forbidden ? 'FORBIDDEN' : 'CONFLICT', check.reason);
    }
    if (action.id === 'service.record' && typeof args.payload['serverId'] === 'string') {
      const server = ctx.repos.staff.get(args.payload['serverId']);
      if (server === null || !server.active)
        throw new AppFailure('VALIDATION', '送达人须为本委在职工作人员', {
          issues: [{ path: 'payload.serverId', label: '送达人', message: '送达人须为本委在职工作人员' }],
        });
    }
    if (action.id === 'arb.awarded' || action.id === 'arb.partialAward')
      checkAwardPayload(ctx, args.caseId, state, args.payload as AwardPayload, args.occurredOn);
    const evidence = args.payload['evidenceFile'] as { sha256: string } | undefined;
    if (evidence !== undefined) {
      if (!ctx.hasBlob(evidence.sha256)) throw new AppFailure('VALIDATION', '凭证附件不存在，请重新上传');
      ctx.blobDep(evidence.sha256);
    }
    const eventId = args.eventId as string;
    appendEvent(ctx, {
      id: eventId,
      caseId: args.caseId,
      officeId,
      type: action.id,
      occurredOn: args.occurredOn,
      payload: args.payload,
    });
    const next = applyEvent(state, { type: action.id, occurredOn: args.occurredOn, payload: args.payload });
    projectCase(ctx, args.caseId, next);
    if (typeof args.payload['officialNo'] === 'string' && row.officialNo === null)
      ctx.repos.cases.setOfficialNo(args.caseId, args.payload['officialNo'], ctx.nowIso);
    // Whoever accepts a case becomes its A角 only if they can handle it: an arbitrator accepting an arbitration
    // case, a mediator a mediation case. A clerk who records 受理 (or a director without that role) does not —
    // the case then waits unassigned for the AB角 proposal (issue 10 item 7).
    const handlerRole =
      action.id === 'arb.accept' ? 'arbitrator' : action.id === 'med.accept' ? 'mediator' : null;
    if (handlerRole !== null && row.handlerId === null && ctx.actor.roles.includes(handlerRole)) {
      ctx.repos.cases.setHandler(args.caseId, ctx.actor.id, ctx.nowIso);
    }
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
          payload: args.payload,
          status: next.status,
          outcome: next.outcome,
        },
      },
    };
  },
};
