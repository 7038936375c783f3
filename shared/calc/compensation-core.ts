// The months-and-base computation shared by 经济补偿 (劳动合同法 第四十七条) and 违法解除赔偿金
// (第八十七条, twice the former). Internal; the public entry points are economic-compensation.ts and
// unlawful-termination.ts. Formula: reference §3.3(5).

import { arabicDate } from '../format/chinese-date';
import { dayNumber } from './dates';
import type { Ymd } from './dates';
import { CalcInputError } from './errors';
import { requireDate, requireFen } from './inputs';
import { serviceBetween, serviceText } from './service-length';
import { fenText } from './text';
import type { ServiceLength } from './types';

export interface EconomicCompensationInput {
  /** 用工之日 'YYYY-MM-DD' (实施条例 第二十五条 counts damages from it). */
  readonly startDate: string;
  /** Last day of work 'YYYY-MM-DD', counted inclusive. */
  readonly endDate: string;
  /** W12: average monthly 应得工资 over the 12 months before separation (实施条例 第二十七条), fen. */
  readonly avgMonthlyWageFen: number;
  /** 设区的市 上年度职工月平均工资, fen (> 0). */
  readonly cityAvgMonthlyWageFen: number;
  /** Local monthly minimum wage, fen (> 0). */
  readonly minMonthlyWageFen: number;
  /** Split at 2008-01-01 (劳动合同法 第九十七条第三款) when the start is earlier. 经济补偿 only. */
  readonly splitAt2008?: boolean | null;
  /**
   * With splitAt2008: also pay the pre-2008 segment, counted by the new law's rule at the same base.
   * Off by default because the old rules (劳部发〔1994〕481号) decide that segment.
   */
  readonly pre2008Included?: boolean | null;
}

export interface CompensationCore {
  readonly service: ServiceLength;
  readonly countedFrom: string;
  /** N × 2 included in the amount (halves keep it an integer). */
  readonly halfMonths: bigint;
  readonly base: bigint;
  readonly cap: bigint;
  readonly capped: boolean;
  readonly raisedToMinimum: boolean;
  readonly pre2008Service: ServiceLength | null;
  readonly pre2008HalfMonths: bigint | null;
  readonly explain: string[];
  readonly basis: string[];
  readonly warnings: string[];
}

const LAW_2008: Ymd = { year: 2008, month: 1, day: 1 };

/** N in months: 7n → '7', 15n → '7.5'. */
export const halfMonthsText = (half: bigint): string =>
  half % 2n === 0n ? `${half / 2n}` : `${half / 2n}.5`;

/** 2N: two per whole year; the remainder counts 1 month from six months up, 0.5 below (第四十七条第一款). */
function halfMonthsOf(s: ServiceLength): bigint {
  const rest = s.months >= 6 ? 2 : s.months > 0 || s.days > 0 ? 1 : 0;
  return BigInt(2 * s.years + rest);
}

function nText(s: ServiceLength, half: bigint): string {
  const rest =
    s.months === 0 && s.days === 0
      ? '无剩余'
      : `剩余 ${s.months} 个月 ${s.days} 日（${s.months >= 6 ? '六个月以上，计 1 个月' : '不满六个月，计 0.5 个月'}）`;
  return `满 ${s.years} 年计 ${s.years} 个月；${rest}；N = ${halfMonthsText(half)} 个月`;
}

export function compensationCore(
  input: EconomicCompensationInput,
  kind: 'compensation' | 'damages',
): CompensationCore {
  const start = requireDate(input.startDate, 'startDate', '入职日期');
  const end = requireDate(input.endDate, 'endDate', '离职日期');
  if (dayNumber(end) < dayNumber(start)) {
    throw new CalcInputError(
      'endDate',
      `离职日期（endDate）${input.endDate} 早于入职日期（startDate）${input.startDate}`,
    );
  }
  const wage = requireFen(input.avgMonthlyWageFen, 'avgMonthlyWageFen', '离职前十二个月平均工资');
  const cityAvg = requireFen(
    input.cityAvgMonthlyWageFen,
    'cityAvgMonthlyWageFen',
    '上年度职工月平均工资',
    true,
  );
  const minWage = requireFen(input.minMonthlyWageFen, 'minMonthlyWageFen', '最低工资标准', true);

  const explain: string[] = [];
  const warnings: string[] = [];
  const basis =
    kind === 'damages'
      ? [
          '《劳动合同法》第八十七条',
          '《劳动合同法实施条例》第二十五条',
          '《劳动合同法》第四十七条',
          '《劳动合同法实施条例》第二十七条',
        ]
      : ['《劳动合同法》第四十七条', '《劳动合同法实施条例》第二十七条'];

  const service = serviceBetween(start, end);
  explain.push(
    `工作年限：${arabicDate(input.startDate)}至${arabicDate(input.endDate)}（含首尾两日），计 ${serviceText(service)}`,
  );

  const startsBefore2008 = dayNumber(start) < dayNumber(LAW_2008);
  const split = kind === 'compensation' && input.splitAt2008 === true && startsBefore2008;
  if (kind === 'damages' && (input.splitAt2008 === true || input.pre2008Included === true)) {
    warnings.push(
      '赔偿金的工作年限自用工之日起计算（《劳动合同法实施条例》第二十五条），不按2008年1月1日分段；已忽略“分段计算”和“计入2008年前工作年限”的选择',
    );
  }
  if (kind === 'compensation' && input.pre2008Included === true && !split) {
    throw new CalcInputError(
      'pre2008Included',
      '“计入2008年前工作年限”仅适用于按2008年1月1日分段计算且入职早于2008年1月1日的情形',
    );
  }
  if (kind === 'compensation' && startsBefore2008 && !split) {
    warnings.push(
      '入职早于2008年1月1日：依《劳动合同法》第九十七条第三款，经济补偿应以2008年1月1日为界分段计算，本次未分段',
    );
  }

  let counted = service;
  let countedFrom = input.startDate;
  let pre2008Service: ServiceLength | null = null;
  let pre2008HalfMonths: bigint | null = null;
  if (split) {
    basis.push('《劳动合同法》第九十七条第三款');
    countedFrom = '2008-01-01';
    const lastOldIso = end.year < 2008 ? input.endDate : '2007-12-31';
    pre2008Service = serviceBetween(start, end.year < 2008 ? end : { year: 2007, month: 12, day: 31 });
    pre2008HalfMonths = halfMonthsOf(pre2008Service);
    counted =
      dayNumber(end) >= dayNumber(LAW_2008)
        ? serviceBetween(LAW_2008, end)
        : { years: 0, months: 0, days: 0 };
    explain.push(
      `分段计算：2008年1月1日前 ${serviceText(pre2008Service)}（至${arabicDate(lastOldIso)}）；2008年1月1日起 ${serviceText(counted)}`,
    );
    if (dayNumber(end) < dayNumber(LAW_2008))
      warnings.push('全部工作年限均在2008年1月1日前，《劳动合同法》规定的经济补偿部分为零');
    const preNote = `2008年1月1日前的工作年限 ${serviceText(pre2008Service)}，依《劳动合同法》第九十七条第三款按当时有关规定（劳部发〔1994〕481号《违反和解除劳动合同的经济补偿办法》）计算；按新法规则折算为 ${halfMonthsText(pre2008HalfMonths)} 个月，仅供参考，旧规定对不满一年的部分、计算基数及部分情形的十二个月上限另有规定，须另行核定`;
    warnings.push(
      input.pre2008Included === true
        ? `${preNote}；本金额已按新法规则计入该段`
        : `${preNote}；本金额未包含该段`,
    );
  }

  let half = halfMonthsOf(counted);
  explain.push(`${split ? '2008年1月1日起' : ''}${nText(counted, half)}`);
  if (counted.months === 6 && counted.days === 0) {
    explain.push('剩余恰为六个月：“六个月以上”含本数（《民法典》第一千二百五十九条）');
    basis.push('《民法典》第一千二百五十九条');
  }

  const cap = 3n * cityAvg;
  const capped = wage > cap;
  const raisedToMinimum = !capped && wage < minWage;
  let base = wage;
  if (capped) {
    base = cap;
    const before = half;
    if (half > 24n) half = 24n;
    explain.push(
      `月工资 ${fenText(wage)} 高于上年度职工月平均工资 ${fenText(cityAvg)} 的三倍（${fenText(cap)}）：基数按 ${fenText(cap)}，年限最高不超过十二年${before > half ? `，N 由 ${halfMonthsText(before)} 个月调整为 12 个月` : ''}（《劳动合同法》第四十七条第二款）`,
    );
  } else if (raisedToMinimum) {
    base = minWage;
    explain.push(
      `月工资 ${fenText(wage)} 低于最低工资标准 ${fenText(minWage)}：按最低工资标准计算（《劳动合同法实施条例》第二十七条）`,
    );
    warnings.push(
      wage === 0n
        ? '离职前十二个月平均工资为零，请核实'
        : '月平均工资低于当地最低工资标准：如为全日制用工，可能存在低于最低工资标准支付工资的情形（《劳动合同法》第八十五条），请核实',
    );
  } else {
    explain.push(
      `月工资 ${fenText(wage)} 未高于上年度职工月平均工资 ${fenText(cityAvg)} 的三倍（${fenText(cap)}），按实际月工资计算`,
    );
  }
  if (minWage > cityAvg)
    warnings.push(
      `最低工资标准 ${fenText(minWage)} 高于上年度职工月平均工资 ${fenText(cityAvg)}，请核对两项参数`,
    );
  if (service.years >= 50) warnings.push(`工作年限长达 ${service.years} 年，请核对入职日期`);

  if (split && input.pre2008Included === true && pre2008HalfMonths !== null) {
    explain.push(
      `计入2008年前按新法规则折算的 ${halfMonthsText(pre2008HalfMonths)} 个月：N = ${halfMonthsText(half)} + ${halfMonthsText(pre2008HalfMonths)} = ${halfMonthsText(half + pre2008HalfMonths)} 个月`,
    );
    half += pre2008HalfMonths;
  }

  return {
    service,
    countedFrom,
    halfMonths: half,
    base,
    cap,
    capped,
    raisedToMinimum,
    pre2008Service,
    pre2008HalfMonths,
    explain,
    basis,
    warnings,
  };
}
