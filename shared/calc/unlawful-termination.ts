// 违法解除/终止劳动合同赔偿金 (reference §3.3(4)): twice the 经济补偿 of 第四十七条 (劳动合同法 第八十七条),
// with no 经济补偿 on top and service counted from 用工之日 — no 2008 split (实施条例 第二十五条).

import { compensationCore, halfMonthsText } from './compensation-core';
import type { EconomicCompensationInput } from './compensation-core';
import { roundHalfUp } from './rounding';
import { fenText } from './text';
import type { CalcResult, ServiceLength } from './types';

export interface UnlawfulTerminationDamagesResult extends CalcResult {
  readonly service: ServiceLength;
  /** N of 第四十七条 (before doubling), e.g. 7.5. */
  readonly months: number;
  readonly multiplier: 2;
  readonly baseFen: number;
  readonly capFen: number;
  readonly capped: boolean;
  readonly raisedToMinimum: boolean;
}

/**
 * 违法解除赔偿金 = 2 × N × base. Same input as economicCompensation; splitAt2008 / pre2008Included are
 * not applied (with a warning). Throws CalcInputError for invalid input.
 */
export function unlawfulTerminationDamages(
  input: EconomicCompensationInput,
): UnlawfulTerminationDamagesResult {
  const core = compensationCore(input, 'damages');
  // 2 × (2N/2) × base: exact integer, no rounding needed, and never a doubled rounded figure.
  const amountFen = roundHalfUp(core.halfMonths * core.base, 1n);
  const explain = [
    ...core.explain,
    `赔偿金 = 2 × ${halfMonthsText(core.halfMonths)} 个月 × ${fenText(core.base)} = ${fenText(amountFen)}`,
    '已支付赔偿金的，不再支付经济补偿（《劳动合同法实施条例》第二十五条）',
  ];
  return {
    amountFen,
    explain,
    basis: core.basis,
    warnings: core.warnings,
    service: core.service,
    months: Number(core.halfMonths) / 2,
    multiplier: 2,
    baseFen: Number(core.base),
    capFen: Number(core.cap),
    capped: core.capped,
    raisedToMinimum: core.raisedToMinimum,
  };
}
