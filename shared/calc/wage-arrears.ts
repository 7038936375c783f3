// 追索劳动报酬 (reference §3.3(1)): Σ (payable − paid) month by month. A month paid more than was payable
// is reported, never offset against another month: set-off is the tribunal's finding, not arithmetic.
// Wages paid below the local minimum wage leave the difference owed (劳动合同法 第八十五条第二项); that is
// flagged as a warning because the payable figure is the caller's finding.

import { CalcInputError } from './errors';
import { absent, requireFen, requireNonEmptyList } from './inputs';
import { fenText } from './text';
import type { CalcResult } from './types';

export interface WageArrearsMonth {
  /** 'YYYY-MM'. */
  readonly month: string;
  readonly payableFen: number;
  readonly paidFen: number;
}

export interface WageArrearsInput {
  readonly months: readonly WageArrearsMonth[];
  /** Local monthly minimum wage, fen; enables the below-minimum check. */
  readonly minMonthlyWageFen?: number | null;
}

export interface WageArrearsLine {
  readonly month: string;
  readonly payableFen: number;
  readonly paidFen: number;
  /** max(0, payable − paid). */
  readonly owedFen: number;
}

export interface WageArrearsResult extends CalcResult {
  /** One line per month, in calendar order. */
  readonly lines: readonly WageArrearsLine[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * 欠付工资: wageArrears({ months: [{ month: '2025-01', payableFen: 900000, paidFen: 500000 }] })
 * → amountFen 400000. Throws CalcInputError for an empty list, a bad or repeated month, or bad fen.
 */
export function wageArrears(input: WageArrearsInput): WageArrearsResult {
  requireNonEmptyList(input.months, 'months', '欠薪月份');
  const minWage = absent(input.minMonthlyWageFen)
    ? null
    : requireFen(input.minMonthlyWageFen, 'minMonthlyWageFen', '最低工资标准', true);

  const seen = new Set<string>();
  const lines: WageArrearsLine[] = input.months.map((m, i) => {
    const at = `months[${i}]`;
    if (typeof m.month !== 'string' || !MONTH.test(m.month)) {
      throw new CalcInputError(
        `${at}.month`,
        `第${i + 1}个月份（${at}.month）应为 YYYY-MM：${String(m.month)}`,
      );
    }
    if (seen.has(m.month))
      throw new CalcInputError(`${at}.month`, `第${i + 1}个月份（${at}.month）${m.month} 重复`);
    seen.add(m.month);
    const payable = requireFen(m.payableFen, `${at}.payableFen`, `第${i + 1}个月份 应发工资`);
    const paid = requireFen(m.paidFen, `${at}.paidFen`, `第${i + 1}个月份 实发工资`);
    return {
      month: m.month,
      payableFen: Number(payable),
      paidFen: Number(paid),
      owedFen: Number(payable > paid ? payable - paid : 0n),
    };
  });
  lines.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

  const explain: string[] = [];
  const warnings: string[] = [];
  let total = 0n;
  for (const l of lines) {
    total += BigInt(l.owedFen);
    explain.push(
      `${l.month}：应发 ${fenText(l.payableFen)} − 实发 ${fenText(l.paidFen)} = ${fenText(l.payableFen - l.paidFen)}${l.paidFen > l.payableFen ? '（多付，按 0 计）' : ''}`,
    );
    if (l.paidFen > l.payableFen) {
      warnings.push(
        `${l.month} 实发多于应发 ${fenText(l.paidFen - l.payableFen)}，未与其他月份抵扣；是否抵扣由仲裁庭认定`,
      );
    }
    if (minWage !== null && BigInt(l.paidFen) < minWage) {
      warnings.push(
        `${l.month} 实发 ${fenText(l.paidFen)} 低于最低工资标准 ${fenText(minWage)}：提供正常劳动的，差额应予补足（《劳动合同法》第八十五条第二项）；请核实应发数额是否已计入`,
      );
    }
  }
  const amountFen = Number(total);
  if (!Number.isSafeInteger(amountFen)) throw new RangeError('wageArrears: total is not a safe integer');
  explain.push(`欠付工资合计 = ${lines.map((l) => fenText(l.owedFen)).join(' + ')} = ${fenText(amountFen)}`);

  return {
    amountFen,
    explain,
    basis: ['《劳动合同法》第三十条', '《劳动合同法》第八十五条', '《工资支付暂行规定》第七条'],
    warnings,
    lines,
  };
}
