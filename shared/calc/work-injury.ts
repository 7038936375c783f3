// 一次性伤残补助金 (reference §3.3(8)): months of 本人工资 by disability grade (工伤保险条例 第三十五条至
// 第三十七条: 27/25/23/21/18/16/13/11/9/7), where 本人工资 is bounded to 60 %–300 % of the 统筹地区 average
// monthly wage (第六十四条第二款). Months × bounded wage, rounded once.

import { requireFen, requireInteger } from './inputs';
import { mul, rat } from './rational';
import type { Rational } from './rational';
import { roundHalfUp } from './rounding';
import { approxFenText, fenText } from './text';
import type { CalcResult } from './types';

export type DisabilityGrade = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export interface WorkInjuryInput {
  readonly grade: DisabilityGrade;
  /** Average monthly insured wage over the 12 months before the injury, fen. */
  readonly personalMonthlyWageFen: number;
  /** 统筹地区 上年度职工月平均工资, fen (> 0). */
  readonly regionAvgMonthlyWageFen: number;
}

export interface WorkInjuryResult extends CalcResult {
  readonly months: number;
  /** 本人工资 after the 60 %–300 % bound, rounded to the fen for display; the amount is exact. */
  readonly wageUsedFen: number;
  readonly bounded: 'none' | 'raised-to-60%' | 'lowered-to-300%';
}

/** Index = grade − 1. */
const MONTHS = [27, 25, 23, 21, 18, 16, 13, 11, 9, 7] as const;

const articleFor = (grade: number): string =>
  grade <= 4
    ? '《工伤保险条例》第三十五条'
    : grade <= 6
      ? '《工伤保险条例》第三十六条'
      : '《工伤保险条例》第三十七条';

/**
 * 一次性伤残补助金: workInjuryLumpSum({ grade: 7, personalMonthlyWageFen: 600000, regionAvgMonthlyWageFen: 800000 })
 * → 13 × 600000 = 7800000 fen. Throws CalcInputError for invalid input.
 */
export function workInjuryLumpSum(input: WorkInjuryInput): WorkInjuryResult {
  const grade = requireInteger(input.grade, 'grade', '伤残等级', 1, 10);
  const wage = requireFen(input.personalMonthlyWageFen, 'personalMonthlyWageFen', '本人工资');
  const avg = requireFen(
    input.regionAvgMonthlyWageFen,
    'regionAvgMonthlyWageFen',
    '统筹地区职工月平均工资',
    true,
  );
  const months = MONTHS[grade - 1] ?? 0;

  const floor: Rational = rat(avg * 60n, 100n);
  const ceiling: Rational = rat(avg * 3n);
  const explain: string[] = [];
  const warnings: string[] = [];
  let used: Rational = rat(wage);
  let usedText = fenText(wage);
  let bounded: WorkInjuryResult['bounded'] = 'none';
  if (wage * 100n < avg * 60n) {
    used = floor;
    usedText = `${fenText(avg)} × 60%`;
    bounded = 'raised-to-60%';
    explain.push(
      `本人工资 ${fenText(wage)} 低于统筹地区职工月平均工资 ${fenText(avg)} 的 60%，按 ${fenText(avg)} × 60%（${approxFenText(floor)}）计算`,
    );
    warnings.push('本人工资低于统筹地区职工月平均工资的60%，已按60%计算（《工伤保险条例》第六十四条第二款）');
  } else if (wage > avg * 3n) {
    used = ceiling;
    usedText = `${fenText(avg)} × 300%`;
    bounded = 'lowered-to-300%';
    explain.push(
      `本人工资 ${fenText(wage)} 高于统筹地区职工月平均工资 ${fenText(avg)} 的 300%，按 ${fenText(avg * 3n)} 计算`,
    );
    warnings.push(
      '本人工资高于统筹地区职工月平均工资的300%，已按300%计算（《工伤保险条例》第六十四条第二款）',
    );
  } else {
    explain.push(
      `本人工资 ${fenText(wage)} 在统筹地区职工月平均工资 ${fenText(avg)} 的 60%–300% 之间，按实际计算`,
    );
  }

  const total = mul(used, rat(BigInt(months)));
  const amountFen = roundHalfUp(total.n, total.d);
  explain.push(`一次性伤残补助金 = ${grade} 级 ${months} 个月 × ${usedText} = ${fenText(amountFen)}`);

  return {
    amountFen,
    explain,
    basis: [articleFor(grade), '《工伤保险条例》第六十四条第二款'],
    warnings,
    months,
    wageUsedFen: roundHalfUp(used.n, used.d),
    bounded,
  };
}
