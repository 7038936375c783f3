import type { AwardPayload } from '../../../shared/procedure/award-payload';
import {
  awardDisagreement,
  minWageDate,
  minWageOn,
  missingMinWageMessage,
} from '../../../shared/procedure/award-test';
import type { ProcedureState } from '../../../shared/procedure/procedure-state';
import { AppFailure } from '../../../shared/result';
import { minWageDateRuleInForce, regionalParams } from '../elements/templates-in-force';
import type { MutationCtx } from './types';

/**
 * 作出裁决: the 终局 test (law art 47; 解释一 第十九条) is run again here with the committee's minimum wage in force
 * on the award date (award-test.ts explains the date rule), and a payload whose threshold, per-item flags or
 * reasons differ from it is refused — the form shows the same test, but only this check decides.
 */
export function checkAwardPayload(
  ctx: MutationCtx,
  caseId: string,
  state: ProcedureState,
  payload: AwardPayload,
  awardOn: string,
): void {
  const on = minWageDate(minWageDateRuleInForce(ctx.repos), {
    awardOn,
    acceptedOn: state.acceptedOn,
    receivedOn: state.receivedOn,
  });
  const claims = new Set(ctx.repos.claims.listByCase(caseId).map((c) => c.id));
  const stranger = payload.items.find((i) => i.claimId !== null && !claims.has(i.claimId));
  if (stranger !== undefined)
    throw new AppFailure('VALIDATION', `裁决事项“${stranger.label}”对应的仲裁请求不属于本案`);
  const inForce = minWageOn(regionalParams(ctx.repos), on);
  if (inForce === null) throw new AppFailure('CONFLICT', missingMinWageMessage(on));
  const why = awardDisagreement(payload, inForce);
  if (why !== null) throw new AppFailure('CONFLICT', `裁决的终局判断有误：${why}`);
}
