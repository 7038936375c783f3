// 加班费 (reference §3.3(2)): hourly wage = monthly base ÷ 21.75 ÷ 8; weekday extension 150 %, rest day
// without 补休 200 %, statutory holiday 300 % (劳动法 第四十四条; 工资支付暂行规定 第十三条; 21.75 days from
// 劳社部发〔2008〕3号, kept by 人社部发〔2025〕2号). The whole sum is one fraction rounded once.

import { absent, requireFen, requireQuantity } from './inputs';
import { add, cmp, formatRational, mul, rat } from './rational';
import type { Rational } from './rational';
import { roundHalfUp } from './rounding';
import { equalsFen, fenText } from './text';
import type { CalcResult } from './types';

export interface OvertimeInput {
  /** 加班费计算基数 (monthly), fen; its make-up is a contested local rule. */
  readonly baseMonthlyWageFen: number;
  /** Hours worked beyond the standard day on working days (150 %). */
  readonly weekdayHours: number;
  /** Hours worked on rest days without 补休 (200 %). */
  readonly restDayHours: number;
  /** Hours worked on statutory holidays (300 %; 补休 does not replace it). */
  readonly holidayHours: number;
  /** Number of months the hours cover; only used to check the 36 h/month limit of 劳动法 第四十一条. */
  readonly months?: number | null;
}

export interface OvertimeResult extends CalcResult {
  /** Hourly wage rounded to the fen, for display only (the amount uses the exact fraction). */
  readonly hourlyWageFen: number;
  /** Each part for display, rounded to the fen separately; amountFen is rounded once from the exact sum. */
  readonly partsFen: { readonly weekday: number; readonly restDay: number; readonly holiday: number };
}

// hourly = base ÷ 21.75 ÷ 8 = base × 100 / 17400 (exact: 21.75 × 8 × 100 = 17400).
const HOURLY = rat(100n, 17400n);

/**
 * 加班费: overtimePay({ baseMonthlyWageFen: 870000, weekdayHours: 10, restDayHours: 8, holidayHours: 8 })
 * → 870000 ÷ 174 × (15 + 16 + 24) = 275000 fen. Throws CalcInputError for invalid input.
 */
export function overtimePay(input: OvertimeInput): OvertimeResult {
  const base = requireFen(input.baseMonthlyWageFen, 'baseMonthlyWageFen', '加班费计算基数');
  const weekday = requireQuantity(input.weekdayHours, 'weekdayHours', '工作日延时加班小时数');
  const restDay = requireQuantity(input.restDayHours, 'restDayHours', '休息日加班小时数');
  const holiday = requireQuantity(input.holidayHours, 'holidayHours', '法定节假日加班小时数');
  const months = absent(input.months) ? null : requireQuantity(input.months, 'months', '加班所涉月数', true);

  const hourly: Rational = mul(rat(base), HOURLY);
  const part = (hours: Rational, percent: bigint): Rational => mul(mul(hourly, hours), rat(percent, 100n));
  const w = part(weekday, 150n);
  const r = part(restDay, 200n);
  const h = part(holiday, 300n);
  const total = add(add(w, r), h);
  const amountFen = roundHalfUp(total.n, total.d);

  const explain = [`小时工资 = ${fenText(base)} ÷ 21.75 ÷ 8 ${equalsFen(hourly)}`];
  const lines: Array<[Rational, Rational, string, string]> = [
    [weekday, w, '工作日延时加班', '150%'],
    [restDay, r, '休息日加班（未安排补休）', '200%'],
    [holiday, h, '法定节假日加班', '300%'],
  ];
  const terms: string[] = [];
  for (const [hours, amount, label, pct] of lines) {
    if (hours.n === 0n) continue;
    explain.push(`${label}：${formatRational(hours)} 小时 × 小时工资 × ${pct} ${equalsFen(amount)}`);
    terms.push(`${formatRational(hours)} 小时 × ${pct}`);
  }
  explain.push(
    terms.length === 0
      ? '加班费 = 0.00 元（无加班小时）'
      : `加班费 = ${fenText(base)} ÷ 21.75 ÷ 8 × (${terms.join(' + ')}) = ${fenText(amountFen)}（合计一次舍入到分）`,
  );

  const warnings: string[] = [];
  if (months !== null && cmp(weekday, mul(months, rat(36n))) > 0) {
    warnings.push(
      `工作日延时加班 ${formatRational(weekday)} 小时超过 ${formatRational(months)} 个月的法定上限 ${formatRational(mul(months, rat(36n)))} 小时（每月不超过36小时，《劳动法》第四十一条），请核实考勤证据；超限不影响加班费的计算`,
    );
  }
  if (base === 0n && terms.length > 0) warnings.push('加班费计算基数为零，请核实');
  if (holiday.n !== 0n) {
    warnings.push(
      '300% 仅适用于《全国年节及纪念日放假办法》规定的法定节假日当日；调休形成的休息日按休息日（200%）计算',
    );
  }

  return {
    amountFen,
    explain,
    basis: [
      '《劳动法》第四十四条',
      '《工资支付暂行规定》第十三条',
      '劳社部发〔2008〕3号（人社部发〔2025〕2号）',
    ],
    warnings,
    hourlyWageFen: roundHalfUp(hourly.n, hourly.d),
    partsFen: {
      weekday: roundHalfUp(w.n, w.d),
      restDay: roundHalfUp(r.n, r.d),
      holiday: roundHalfUp(h.n, h.d),
    },
  };
}
