import { effectiveServiceDate, type ServicePayload } from '../../../shared/procedure/service';
import {
  parseActionPayload,
  planPerformAction,
  type PerformActionResult,
} from '../../../shared/mutations/planners/case-perform-action';
import type { PlannedMutator } from './types';
import { nextOfficialNo } from './official-number';
import { nextStationNo } from './station-number';

/**
 * One procedural step (the rules are the shared planner's). `prepare` validates the payload and fixes what the
 * planner cannot derive from rows: the event id, the deemed-served date of a service, and the number given at
 * 受理 from this desktop's local counters (a committee without a server; a station's series always).
 */
export const performAction: PlannedMutator<'case.performAction', PerformActionResult> = {
  prepare(args, ctx) {
    const parsed = parseActionPayload(args);
    const action = parsed.action;
    let payload = parsed.payload;
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

  planner: planPerformAction,
};
