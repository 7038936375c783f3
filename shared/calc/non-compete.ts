// 竞业限制经济补偿 without an agreed amount (reference §3.3(10)): each month 30 % of W12, but not below the
// minimum wage of the place of performance (解释一 第三十六条). Months × monthly, rounded once.

import { requireFen, requireQuantity } from './inputs';
import { cmp, formatRational, mul, rat } from './rational';
import type { Rational } from './rational';
import { roundHalfUp } from './rounding';
import { equalsFen, fenText } from './text';
import type { CalcResult } from './types';

export interface NonCompeteInput {
  /** W12: average monthly wage over the 12 months before separation, fen. */
  readonly avgMonthlyWageFen: number;
  /** Minimum wage of the 劳动合同履行地, fen (> 0). */
  readonly minMonthlyWageFen: number;
  /** Months of compliance claimed (> 0; may be fractional). */
  readonly months: number;
}

export interface NonCompeteResult extends CalcResult {
  /** Monthly compensation rounded to the fen, for display; the amount is computed exactly. */
  readonly monthlyFen: number;
  /** The 30 % figure was below the minimum wage, which was used instead. */
  readonly raisedToMinimum: boolean;
}

/**
 * 竞业限制补偿: nonCompeteCompensation({ avgMonthlyWageFen: 900000, minMonthlyWageFen: 249000, months: 24 })
 * → 24 × 270000 = 6480000 fen. Throws CalcInputError for invalid input.
 */
export function nonCompeteCompensation(input: NonCompeteInput): NonCompeteResult {
  const wage = requireFen(input.avgMonthlyWageFen, 'avgMonthlyWageFen', '离职前十二个月平均工资');
  const minWage = requireFen(input.minMonthlyWageFen, 'minMonthlyWageFen', '最低工资标准', true);
  const months = requireQuantity(input.months, 'months', '竞业限制月数', true);

  const thirty: Rational = mul(rat(wage), rat(3n, 10n));
  const raisedToMinimum = cmp(thirty, rat(minWage)) < 0;
  const monthly = raisedToMinimum ? rat(minWage) : thirty;
  const total = mul(monthly, months);
  const amountFen = roundHalfUp(total.n, total.d);

  const explain = [`月平均工资的 30% = ${fenText(wage)} × 30% ${equalsFen(thirty)}`];
  if (raisedToMinimum)
    explain.push(`低于劳动合同履行地最低工资标准 ${fenText(minWage)}，按最低工资标准按月支付`);
  const monthlyText = raisedToMinimum ? fenText(minWage) : `${fenText(wage)} × 30%`;
  explain.push(`竞业限制经济补偿 = ${formatRational(months)} 个月 × ${monthlyText} = ${fenText(amountFen)}`);
  explain.push('适用于竞业限制协议未约定补偿、劳动者已履行竞业限制义务的情形（解释一第三十六条）');

  const warnings: string[] = [];
  if (cmp(months, rat(24n)) > 0) {
    warnings.push(
      `竞业限制期限 ${formatRational(months)} 个月超过二年（《劳动合同法》第二十四条），超过部分请核实`,
    );
  }
  if (wage === 0n) warnings.push('月平均工资为零，请核实');

  return {
    amountFen,
    explain,
    basis: [
      '《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第三十六条',
      '《劳动合同法》第二十三条',
      '《劳动合同法》第二十四条',
    ],
    warnings,
    monthlyFen: roundHalfUp(monthly.n, monthly.d),
    raisedToMinimum,
  };
}
