import type { AwardPayload } from '../../procedure/award-payload';
import { awardDisagreement, minWageDate, minWageOn, missingMinWageMessage } from '../../procedure/award-test';
import type { ProcedureState } from '../../procedure/procedure-state';
import { AppFailure } from '../../result';
import type { PlanCtx } from '../plan/planner';
import { minWageDateRuleFrom, referenceOf, regionalParamsFrom, settingValue } from '../plan/reference';

/**
 * 作出裁决: the 终局 test (law art 47; 解释一 第十九条) is run again here with the committee's minimum wage in force
 * on the award date (award-test.ts explains the date rule), and a payload whose threshold, per-item flags or
 * reasons differ from it is refused — the form shows the same test, but only this check decides.
 */
export function checkAwardPayload(
  ctx: PlanCtx,
  caseId: string,
  state: ProcedureState,
  payload: AwardPayload,
  awardOn: string,
): void {
  const on = minWageDate(minWageDateRuleFrom(settingValue(ctx.store, 'award.minWageDateRule')), {
    awardOn,
    acceptedOn: state.acceptedOn,
    receivedOn: state.receivedOn,
  });
  const claims = new Set(ctx.store.list('claim', { caseId }).map((c) => c.id));
  const stranger = payload.items.find((i) => i.claimId !== null && !claims.has(i.claimId));
  if (stranger !== undefined)
    throw new AppFailure('VALIDATION', `裁决事项“${stranger.label}”对应的仲裁请求不属于本案`);
  const params = regionalParamsFrom(
    settingValue(ctx.store, 'regional.params'),
    referenceOf(ctx).sampleRegionalParams,
  );
  const inForce = minWageOn(params, on);
  if (inForce === null) throw new AppFailure('CONFLICT', missingMinWageMessage(on));
  const why = awardDisagreement(payload, inForce);
  if (why !== null) throw new AppFailure('CONFLICT', `裁决的终局判断有误：${why}`);
}
