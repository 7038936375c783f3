// 未签书面劳动合同二倍工资 (reference §3.3(3)): one extra month's wage for each month from the day after
// the first month of 用工 to the day before the written contract, at most to the day before the first
// anniversary (劳动合同法 第八十二条第一款; 实施条例 第六条、第七条). The day-level boundaries are practice
// [M]: from = 用工之日 + 1 calendar month (2025-01-01 → 2025-02-01); to = the earliest of (signed − 1 day,
// 用工之日 + 1 year − 1 day, last day of work) → at most 11 months.

import { arabicDate } from '../format/chinese-date';
import { daysInMonth } from '../validate/date';
import { dayNumber, fromDayNumber, isoOfDay, monthAnniversary } from './dates';
import type { Ymd } from './dates';
import { CalcInputError } from './errors';
import { absent, requireDate, requireFen } from './inputs';
import { add, cmp, rat, toNumber } from './rational';
import type { Rational } from './rational';
import { roundHalfUp } from './rounding';
import { fenText } from './text';
import type { CalcResult } from './types';

export interface DoubleWagesInput {
  /** 用工之日 'YYYY-MM-DD'. */
  readonly startDate: string;
  /** Day the written contract was signed (补订); omitted or null = never signed. */
  readonly contractSignedDate?: string | null;
  /** Last day of work 'YYYY-MM-DD'. */
  readonly endDate: string;
  /** Monthly wage used as the base, fen (the base's make-up is local practice [M]). */
  readonly monthlyWageFen: number;
  /**
   * How a part month is pro-rated. 'calendar-month' (default): the period is cut at calendar-month
   * boundaries and each part counts days ÷ days in that calendar month. 'service-month': months of 用工
   * counted from the start date (month k = k-month anniversary to the day before the next), a part
   * month counting days ÷ that month's length; a full first year is then exactly 11 months.
   */
  readonly proration?: 'calendar-month' | 'service-month' | null;
}

export interface DoubleWagesPortion {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** Days of the month the portion is measured against (a whole month when days === ofDays). */
  readonly ofDays: number;
}

export interface DoubleWagesResult extends CalcResult {
  /** First day of the double-wage period, or null when there is none. */
  readonly fromDate: string | null;
  readonly toDate: string | null;
  /** Months paid (approximate number for display; the amount is computed exactly). */
  readonly months: number;
  /** Exact months as text: '11', '10 + 14/28 + 14/31'. */
  readonly monthsText: string;
  readonly portions: readonly DoubleWagesPortion[];
  /** The pro-rated total exceeded 11 months and was limited to 11. */
  readonly cappedAt11: boolean;
  /** The period ran to the day before the first anniversary (→ 第十四条第三款). */
  readonly reachedOneYear: boolean;
}

const BASIS = [
  '《劳动合同法》第八十二条第一款',
  '《劳动合同法实施条例》第六条',
  '《劳动合同法实施条例》第七条',
];
const ELEVEN = rat(11n);

function calendarPortions(fromDn: number, toDn: number): DoubleWagesPortion[] {
  const out: DoubleWagesPortion[] = [];
  for (let cursor = fromDn; cursor <= toDn;) {
    const { year, month } = fromDayNumber(cursor);
    const dim = daysInMonth(year, month);
    const segEnd = Math.min(dayNumber({ year, month, day: dim }), toDn);
    out.push({ from: isoOfDay(cursor), to: isoOfDay(segEnd), days: segEnd - cursor + 1, ofDays: dim });
    cursor = segEnd + 1;
  }
  return out;
}

// Months of 用工 anchored on the start date: month k runs from the k-month anniversary to the day before
// the next one, so a full first year is exactly months 2–12 = 11 months even for a start on the 31st.
function serviceMonthPortions(start: Ymd, toDn: number): DoubleWagesPortion[] {
  const out: DoubleWagesPortion[] = [];
  for (let k = 1; monthAnniversary(start, k) <= toDn; k++) {
    const a = monthAnniversary(start, k);
    const next = monthAnniversary(start, k + 1);
    const segEnd = Math.min(next - 1, toDn);
    out.push({ from: isoOfDay(a), to: isoOfDay(segEnd), days: segEnd - a + 1, ofDays: next - a });
  }
  return out;
}

/**
 * 二倍工资差额: doubleWages({ startDate: '2025-01-01', endDate: '2026-03-31', monthlyWageFen: 900000 })
 * → 2025-02-01..2025-12-31, 11 months, amountFen 9900000. Throws CalcInputError for invalid input.
 */
export function doubleWages(input: DoubleWagesInput): DoubleWagesResult {
  const start = requireDate(input.startDate, 'startDate', '用工之日');
  const end = requireDate(input.endDate, 'endDate', '离职日期');
  const startDn = dayNumber(start);
  const endDn = dayNumber(end);
  if (endDn < startDn) {
    throw new CalcInputError(
      'endDate',
      `离职日期（endDate）${input.endDate} 早于用工之日（startDate）${input.startDate}`,
    );
  }
  const signed = absent(input.contractSignedDate)
    ? null
    : dayNumber(requireDate(input.contractSignedDate, 'contractSignedDate', '书面劳动合同签订日期'));
  const wage = requireFen(input.monthlyWageFen, 'monthlyWageFen', '月工资');
  const proration = input.proration ?? 'calendar-month';
  if (proration !== 'calendar-month' && proration !== 'service-month') {
    throw new CalcInputError(
      'proration',
      `折算方式（proration）只能是 calendar-month 或 service-month：${String(proration)}`,
    );
  }

  const warnings: string[] = [];
  const basis = [...BASIS];
  const fromDn = monthAnniversary(start, 1);
  const yearEndDn = monthAnniversary(start, 12) - 1;
  const explain = [
    `用工之日 ${arabicDate(input.startDate)}；自满一个月的次日 ${arabicDate(isoOfDay(fromDn))} 起算`,
  ];
  if (wage === 0n) warnings.push('月工资为零，请核实');

  const none = (reason: string): DoubleWagesResult => ({
    amountFen: 0,
    explain: [...explain, reason, '二倍工资差额 = 0.00 元'],
    basis: ['《劳动合同法》第十条第二款', ...basis],
    warnings,
    fromDate: null,
    toDate: null,
    months: 0,
    monthsText: '0',
    portions: [],
    cappedAt11: false,
    reachedOneYear: false,
  });

  if (signed !== null && signed > endDn) {
    warnings.push(
      `书面劳动合同签订日期 ${arabicDate(isoOfDay(signed))} 晚于离职日期，请核实；按离职日期计算`,
    );
  }
  if (signed !== null && signed < startDn) {
    return none(
      `用工前（${arabicDate(isoOfDay(signed))}）已订立书面劳动合同，不产生二倍工资（《劳动合同法》第十条第三款）`,
    );
  }
  if (signed !== null && signed < fromDn) {
    return none(`已于用工之日起一个月内（${arabicDate(isoOfDay(signed))}）订立书面劳动合同，不产生二倍工资`);
  }
  if (signed !== null && signed === fromDn) {
    return none(`于用工满一个月的次日（${arabicDate(isoOfDay(signed))}）订立书面劳动合同，二倍工资期间为零`);
  }
  if (endDn < fromDn) return none('用工不满一个月即离职，不产生二倍工资');

  const candidates: Array<[number, string]> = [
    [yearEndDn, '用工满一年的前一日'],
    [endDn, '离职日'],
  ];
  if (signed !== null && signed <= endDn) candidates.unshift([signed - 1, '补订书面劳动合同的前一日']);
  const [toDn, why] = candidates.reduce((a, b) => (b[0] < a[0] ? b : a));
  const reachedOneYear = toDn === yearEndDn;
  explain.push(`止于 ${arabicDate(isoOfDay(toDn))}（${why}）`);
  if (reachedOneYear) {
    explain.push(
      '用工满一年仍未订立书面劳动合同的，视为已订立无固定期限劳动合同，此后不再支付二倍工资（《劳动合同法》第十四条第三款）',
    );
    basis.push('《劳动合同法》第十四条第三款');
  }

  const portions =
    proration === 'calendar-month' ? calendarPortions(fromDn, toDn) : serviceMonthPortions(start, toDn);
  let months: Rational = rat(0n);
  for (const p of portions) months = add(months, rat(BigInt(p.days), BigInt(p.ofDays)));
  const whole = portions.filter((p) => p.days === p.ofDays).length;
  const parts = portions.filter((p) => p.days !== p.ofDays);
  for (const p of parts) {
    explain.push(`${arabicDate(p.from)}至${arabicDate(p.to)}：${p.days} 日，按 ${p.days}/${p.ofDays} 个月计`);
  }
  const terms = [
    ...(whole > 0 || parts.length === 0 ? [String(whole)] : []),
    ...parts.map((p) => `${p.days}/${p.ofDays}`),
  ];
  let monthsText = terms.join(' + ');
  const cappedAt11 = cmp(months, ELEVEN) > 0;
  if (cappedAt11) {
    explain.push(`按日折算合计 ${monthsText} 个月，超过 11 个月，以 11 个月为限`);
    months = ELEVEN;
    monthsText = '11';
  }
  explain.push(
    `二倍工资期间：${arabicDate(isoOfDay(fromDn))}至${arabicDate(isoOfDay(toDn))}，计 ${monthsText} 个月（不足一月的部分按${proration === 'calendar-month' ? '当月日历天数' : '该月天数'}折算；按日计算的起止口径各地不一）`,
  );

  const amountFen = roundHalfUp(months.n * wage, months.d);
  const shown = terms.length > 1 && !cappedAt11 ? `(${monthsText})` : monthsText;
  explain.push(`二倍工资差额 = ${shown} 个月 × ${fenText(wage)} = ${fenText(amountFen)}`);
  return {
    amountFen,
    explain,
    basis,
    warnings,
    fromDate: isoOfDay(fromDn),
    toDate: isoOfDay(toDn),
    months: toNumber(months),
    monthsText,
    portions,
    cappedAt11,
    reachedOneYear,
  };
}
