// 经济补偿 on 解除/终止 (reference §3.3(5)): N × base, where N counts one month per full year of service
// and 1 or 0.5 for the remainder, and the base is W12 raised to the minimum wage, or 3 × the city
// average with N ≤ 12 when W12 is above that (劳动合同法 第四十七条; 实施条例 第二十七条).

import { compensationCore, halfMonthsText } from './compensation-core';
import type { EconomicCompensationInput } from './compensation-core';
import { roundHalfUp } from './rounding';
import { fenText } from './text';
import type { CalcResult, ServiceLength } from './types';

export type { EconomicCompensationInput } from './compensation-core';

export interface EconomicCompensationResult extends CalcResult {
  /** Whole service, start through end inclusive. */
  readonly service: ServiceLength;
  /** First day counted under the new law: the start date, or 2008-01-01 when split. */
  readonly countedFrom: string;
  /** N included in the amount, e.g. 7.5. */
  readonly months: number;
  /** Monthly base actually used, fen. */
  readonly baseFen: number;
  /** 3 × the city average, fen. */
  readonly capFen: number;
  /** W12 was above the cap: base = cap and N ≤ 12. */
  readonly capped: boolean;
  /** W12 was below the minimum wage and was raised to it. */
  readonly raisedToMinimum: boolean;
  /** Pre-2008 segment when split, else null. */
  readonly pre2008Service: ServiceLength | null;
  /** That segment's N by the new law's counting rule (indicative; the old rules decide it), else null. */
  readonly pre2008Months: number | null;
}

/**
 * 经济补偿: economicCompensation({ startDate: '2019-03-15', endDate: '2025-09-30',
 * avgMonthlyWageFen: 900000, cityAvgMonthlyWageFen: 800000, minMonthlyWageFen: 249000 })
 * → amountFen 6300000 (N = 7). Throws CalcInputError for invalid input.
 */
export function economicCompensation(input: EconomicCompensationInput): EconomicCompensationResult {
  const core = compensationCore(input, 'compensation');
  // N × base with N in halves: one division by 2, one rounding (Decisions §5).
  const amountFen = roundHalfUp(core.halfMonths * core.base, 2n);
  const explain = [
    ...core.explain,
    `经济补偿 = ${halfMonthsText(core.halfMonths)} 个月 × ${fenText(core.base)} = ${fenText(amountFen)}`,
  ];
  return {
    amountFen,
    explain,
    basis: core.basis,
    warnings: core.warnings,
    service: core.service,
    countedFrom: core.countedFrom,
    months: Number(core.halfMonths) / 2,
    baseFen: Number(core.base),
    capFen: Number(core.cap),
    capped: core.capped,
    raisedToMinimum: core.raisedToMinimum,
    pre2008Service: core.pre2008Service,
    pre2008Months: core.pre2008HalfMonths === null ? null : Number(core.pre2008HalfMonths) / 2,
  };
}
