// 未休年休假工资 (reference §3.3(6)): entitlement by cumulative years (条例 第三条: 1–<10 → 5 days,
// 10–<20 → 10, ≥20 → 15), pro-rated by calendar days in this unit that year ÷ 365 with fractions of a day
// dropped (办法 第五条、第十二条), then unused days × W12' ÷ 21.75 × 200 % — the 300 % of 条例 第五条第三款
// less the normal wage already paid (办法 第十条).

import { arabicDate } from '../format/chinese-date';
import { isLeapYear } from '../validate/date';
import { dayNumber, isoOfDay } from './dates';
import { CalcInputError } from './errors';
import { absent, requireDate, requireFen, requireInteger, requireQuantity } from './inputs';
import { cmp, formatRational, max, mul, rat, sub, toNumber } from './rational';
import type { Rational } from './rational';
import { floorDiv, roundHalfUp } from './rounding';
import { serviceBetween } from './service-length';
import { fenText } from './text';
import type { CalcResult } from './types';

export interface AnnualLeaveInput {
  /** Calendar year concerned (办法 第十八条: 年度 = calendar year). */
  readonly year: number;
  /** Cumulative working years at any employer (办法 第四条), e.g. 12 or 9.5. */
  readonly cumulativeYears: number;
  /** Start in this unit 'YYYY-MM-DD'. */
  readonly hireDate: string;
  /** Last day in this unit; omitted or null = still employed through the year's end. */
  readonly leaveDate?: string | null;
  /** Leave days already taken in that year (may be a half day). */
  readonly daysTaken: number;
  /** W12': average monthly wage over the 12 months before payment, excluding overtime pay, fen. */
  readonly avgMonthlyWageFen: number;
}

export interface AnnualLeaveResult extends CalcResult {
  /** Full-year entitlement by cumulative years: 0, 5, 10 or 15. */
  readonly annualEntitlementDays: number;
  /** Calendar days in this unit in that year. */
  readonly daysInUnit: number;
  /** Entitlement after pro-rating, whole days. */
  readonly entitledDays: number;
  /** max(0, entitled − taken). */
  readonly unusedDays: number;
}

function entitlement(years: Rational): number {
  if (cmp(years, rat(1n)) < 0) return 0;
  if (cmp(years, rat(10n)) < 0) return 5;
  if (cmp(years, rat(20n)) < 0) return 10;
  return 15;
}

/**
 * 未休年休假工资: annualLeavePay({ year: 2025, cumulativeYears: 12, hireDate: '2020-03-01',
 * leaveDate: '2025-06-30', daysTaken: 1, avgMonthlyWageFen: 870000 }) → 181/365 × 10 = 4.96 → 4 days,
 * 3 unused × 870000 ÷ 21.75 × 200 % = 240000 fen. Throws CalcInputError for invalid input.
 */
export function annualLeavePay(input: AnnualLeaveInput): AnnualLeaveResult {
  const year = requireInteger(input.year, 'year', '年度', 1000, 9999);
  const cumulative = requireQuantity(input.cumulativeYears, 'cumulativeYears', '累计工作年限');
  const hire = requireDate(input.hireDate, 'hireDate', '入职日期');
  const leave = absent(input.leaveDate) ? null : requireDate(input.leaveDate, 'leaveDate', '离职日期');
  const taken = requireQuantity(input.daysTaken, 'daysTaken', '已休年休假天数');
  const wage = requireFen(input.avgMonthlyWageFen, 'avgMonthlyWageFen', '月平均工资（不含加班费）');
  if (leave !== null && dayNumber(leave) < dayNumber(hire)) {
    throw new CalcInputError(
      'leaveDate',
      `离职日期（leaveDate）${String(input.leaveDate)} 早于入职日期（hireDate）${input.hireDate}`,
    );
  }

  const jan1 = dayNumber({ year, month: 1, day: 1 });
  const dec31 = dayNumber({ year, month: 12, day: 31 });
  const from = Math.max(dayNumber(hire), jan1);
  const to = Math.min(leave === null ? dec31 : dayNumber(leave), dec31);
  if (to < from) {
    throw new CalcInputError(
      'year',
      `年度（year）${year} 不在本单位工作期间（${input.hireDate} 至 ${input.leaveDate ?? '今'}）内`,
    );
  }
  const daysInUnit = to - from + 1;
  const daysInYear = isLeapYear(year) ? 366 : 365;

  const explain: string[] = [];
  const warnings: string[] = [];
  const basis = [
    '《职工带薪年休假条例》第三条',
    '《职工带薪年休假条例》第五条第三款',
    '《企业职工带薪年休假实施办法》第十条',
    '《企业职工带薪年休假实施办法》第十一条',
  ];

  const annual = entitlement(cumulative);
  explain.push(
    `累计工作 ${formatRational(cumulative)} 年 → 全年应休年休假 ${annual} 天（《职工带薪年休假条例》第三条）`,
  );
  explain.push(
    `${year} 年度在本单位：${arabicDate(isoOfDay(from))}至${arabicDate(isoOfDay(to))}，计 ${daysInUnit} 个日历天`,
  );

  let entitledDays = annual;
  if (daysInUnit === daysInYear) {
    explain.push(`全年在本单位工作，无需折算：应休 ${annual} 天`);
  } else {
    // 办法 第五条、第十二条: ÷ 365 even in a leap year; fractions of a day dropped.
    entitledDays = Math.min(annual, Number(floorDiv(BigInt(daysInUnit * annual), 365n)));
    const exact = rat(BigInt(daysInUnit * annual), 365n);
    const shown = exact.d === 1n ? `= ${formatRational(exact)}` : `≈ ${toNumber(exact).toFixed(2)}`;
    explain.push(
      `折算应休 = ${daysInUnit} ÷ 365 × ${annual} 天 ${shown} 天，不足 1 整天的部分不计 → ${entitledDays} 天`,
    );
    if (from > jan1) basis.push('《企业职工带薪年休假实施办法》第五条');
    if (to < dec31) basis.push('《企业职工带薪年休假实施办法》第十二条');
  }

  const entitled = rat(BigInt(entitledDays));
  const unused = max(rat(0n), sub(entitled, taken));
  explain.push(
    `未休天数 = ${entitledDays} − ${formatRational(taken)} = ${formatRational(unused)} 天${cmp(taken, entitled) > 0 ? '（已休多于应休，按 0 计）' : ''}`,
  );
  if (cmp(taken, entitled) > 0) {
    warnings.push(
      to < dec31
        ? '已休天数多于折算应休天数：多于部分不再扣回（《企业职工带薪年休假实施办法》第十二条第二款）'
        : '已休天数多于应休天数，请核实',
    );
  }

  // unused × W ÷ 21.75 × 200 % = unused × W × 8 / 87, one rounding.
  const amount = mul(mul(unused, rat(wage)), rat(8n, 87n));
  const amountFen = roundHalfUp(amount.n, amount.d);
  explain.push(
    `未休年休假工资 = ${formatRational(unused)} 天 × ${fenText(wage)} ÷ 21.75 × 200% = ${fenText(amountFen)}（300% 中含已支付的正常工资）`,
  );

  if (annual === 0) warnings.push('累计工作不满一年，不享受年休假（《职工带薪年休假条例》第二条、第三条）');
  const unitService = serviceBetween(
    hire,
    leave === null || dayNumber(leave) > dec31 ? { year, month: 12, day: 31 } : leave,
  );
  if (unitService.years < 1) {
    warnings.push(
      '在本单位工作不满12个月：《企业职工带薪年休假实施办法》第三条要求连续工作满12个月以上（可含在其他单位的工作时间），请核实',
    );
  }
  if (cmp(cumulative, rat(BigInt(unitService.years))) < 0) {
    warnings.push(
      `累计工作年限 ${formatRational(cumulative)} 年少于在本单位已满的 ${unitService.years} 年，请核实`,
    );
  }
  if (year < 2008) warnings.push('《职工带薪年休假条例》自2008年1月1日起施行，请核对年度');
  if (wage === 0n && unused.n !== 0n) warnings.push('月平均工资为零，请核实');

  return {
    amountFen,
    explain,
    basis,
    warnings,
    annualEntitlementDays: annual,
    daysInUnit,
    entitledDays,
    unusedDays: toNumber(unused),
  };
}
