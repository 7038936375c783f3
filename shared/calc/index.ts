/**
 * Public API of the claim calculators (reference §3.3 formulas, §3.4 final-award test).
 *
 * - serviceLength(startDate, endDate) → { years, months, days }, end date inclusive
 * - economicCompensation(input)        经济补偿, 劳动合同法 第四十七条 (optional 2008 split, 第九十七条)
 * - unlawfulTerminationDamages(input)  违法解除/终止赔偿金 = 2 × 经济补偿, 第八十七条
 * - doubleWages(input)                 未签书面劳动合同二倍工资, 第八十二条
 * - overtimePay(input)                 加班费 150 / 200 / 300 %, 劳动法 第四十四条
 * - annualLeavePay(input)              未休年休假工资 200 %, 年休假条例 第五条
 * - wageArrears(input)                 欠付工资 Σ(应发 − 实发)
 * - nonCompeteCompensation(input)      竞业限制补偿 30 % ≥ 最低工资, 解释一 第三十六条
 * - workInjuryLumpSum(input)           一次性伤残补助金, 工伤保险条例 第三十五至三十七条、第六十四条
 * - finalAwardTest(input)              终局裁决 per item, 调解仲裁法 第四十七条
 * - roundHalfUp(numerator, denominator) the single rounding step (half up to the fen)
 * - CalcInputError                     thrown for invalid input, with `field` and a Chinese message
 *
 * Every calculator returns { amountFen, explain, basis, warnings } (CalcResult) plus the figures it used.
 * Money is integer fen, computed exactly and rounded once at the end, half up. An optional input may be left out
 * or sent as null (JSON callers send null for "still employed" or "no contract signed"); both mean the same.
 */
export { CalcInputError } from './errors';
export { roundHalfUp } from './rounding';
export type { CalcResult, ServiceLength } from './types';
export { serviceLength } from './service-length';
export { economicCompensation } from './economic-compensation';
export type { EconomicCompensationInput, EconomicCompensationResult } from './economic-compensation';
export { unlawfulTerminationDamages } from './unlawful-termination';
export type { UnlawfulTerminationDamagesResult } from './unlawful-termination';
export { doubleWages } from './double-wages';
export type { DoubleWagesInput, DoubleWagesPortion, DoubleWagesResult } from './double-wages';
export { overtimePay } from './overtime';
export type { OvertimeInput, OvertimeResult } from './overtime';
export { annualLeavePay } from './annual-leave';
export type { AnnualLeaveInput, AnnualLeaveResult } from './annual-leave';
export { wageArrears } from './wage-arrears';
export type { WageArrearsInput, WageArrearsLine, WageArrearsMonth, WageArrearsResult } from './wage-arrears';
export { nonCompeteCompensation } from './non-compete';
export type { NonCompeteInput, NonCompeteResult } from './non-compete';
export { workInjuryLumpSum } from './work-injury';
export type { DisabilityGrade, WorkInjuryInput, WorkInjuryResult } from './work-injury';
export { finalAwardTest } from './final-award';
export type {
  FinalAwardInput,
  FinalAwardItem,
  FinalAwardItemKind,
  FinalAwardItemResult,
  FinalAwardResult,
} from './final-award';
