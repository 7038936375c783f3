// Which calculator input an element may feed (`calcInput: 'economicCompensation.avgMonthlyWageFen'`) and which
// calculator serves each claim type (reference §3.3 (1)–(10)). The template schema checks every `calcInput`
// against this table (name, element type, list item keys); claim-check.ts builds the calculator's input from it.
// Keys are typed against the calculators' own input types, so a renamed input field does not compile.

import type {
  AnnualLeaveInput,
  DoubleWagesInput,
  EconomicCompensationInput,
  NonCompeteInput,
  OvertimeInput,
  WageArrearsInput,
  WorkInjuryInput,
} from '../calc';
import type { DisputeReason } from '../domain/reference-data';

export const ELEMENT_TYPES = [
  'text',
  'date',
  'money',
  'number',
  'choice',
  'date_range',
  'list',
  'boolean',
] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

/** Local parameters looked up from effective-dated tables, not typed in (reference §3.2 "Local parameters"). */
export type LocalParamKey = 'cityAvgMonthlyWageFen' | 'minMonthlyWageFen' | 'regionAvgMonthlyWageFen';

export interface CalcInputSpec {
  /** Chinese name used in flags when no element names it. */
  readonly label: string;
  /** Element types that may feed it. */
  readonly types: readonly ElementType[];
  /** The calculator cannot run without it. */
  readonly required: boolean;
  /** Also supplied by checkClaim's params (the looked-up local parameter), which takes precedence. */
  readonly param?: LocalParamKey;
  /** For a list: the item field keys the calculator reads. */
  readonly itemKeys?: readonly string[];
  /** A choice whose value is a number written as text (e.g. 伤残等级 '7'). */
  readonly numeric?: boolean;
}

type Specs<T> = { readonly [K in keyof T]?: CalcInputSpec };

const DATE = ['date'] as const;
const MONEY = ['money'] as const;
const NUMBER = ['number'] as const;

// 劳动合同法 第四十七条; 实施条例 第二十七条 (W12, 最低工资, 3 × 上年度职工月平均工资).
const COMPENSATION: Specs<EconomicCompensationInput> = {
  startDate: { label: '入职日期', types: DATE, required: true },
  endDate: { label: '离职日期', types: DATE, required: true },
  avgMonthlyWageFen: { label: '离职前十二个月平均工资', types: MONEY, required: true },
  cityAvgMonthlyWageFen: {
    label: '上年度职工月平均工资',
    types: MONEY,
    required: true,
    param: 'cityAvgMonthlyWageFen',
  },
  minMonthlyWageFen: { label: '最低工资标准', types: MONEY, required: true, param: 'minMonthlyWageFen' },
};

const DOUBLE_WAGES: Specs<DoubleWagesInput> = {
  startDate: { label: '用工之日', types: DATE, required: true },
  contractSignedDate: { label: '书面劳动合同签订日期', types: DATE, required: false },
  endDate: { label: '离职日期', types: DATE, required: true },
  monthlyWageFen: { label: '月工资', types: MONEY, required: true },
};

const OVERTIME: Specs<OvertimeInput> = {
  baseMonthlyWageFen: { label: '加班费计算基数', types: MONEY, required: true },
  weekdayHours: { label: '工作日延时加班小时数', types: NUMBER, required: true },
  restDayHours: { label: '休息日加班小时数（未补休）', types: NUMBER, required: true },
  holidayHours: { label: '法定节假日加班小时数', types: NUMBER, required: true },
  months: { label: '加班所涉月数', types: NUMBER, required: false },
};

const ANNUAL_LEAVE: Specs<AnnualLeaveInput> = {
  year: { label: '年度', types: NUMBER, required: true },
  cumulativeYears: { label: '累计工作年限', types: NUMBER, required: true },
  hireDate: { label: '入职日期', types: DATE, required: true },
  leaveDate: { label: '离职日期', types: DATE, required: false },
  daysTaken: { label: '已休年休假天数', types: NUMBER, required: true },
  avgMonthlyWageFen: { label: '月平均工资（不含加班费）', types: MONEY, required: true },
};

const WAGE_ARREARS: Specs<WageArrearsInput> = {
  months: {
    label: '欠薪月份明细',
    types: ['list'],
    required: true,
    itemKeys: ['month', 'payableFen', 'paidFen'],
  },
  minMonthlyWageFen: { label: '最低工资标准', types: MONEY, required: false, param: 'minMonthlyWageFen' },
};

const NON_COMPETE: Specs<NonCompeteInput> = {
  avgMonthlyWageFen: { label: '离职前十二个月平均工资', types: MONEY, required: true },
  minMonthlyWageFen: { label: '最低工资标准', types: MONEY, required: true, param: 'minMonthlyWageFen' },
  months: { label: '竞业限制月数', types: NUMBER, required: true },
};

const WORK_INJURY: Specs<WorkInjuryInput> = {
  grade: { label: '伤残等级', types: ['choice', 'number'], required: true, numeric: true },
  personalMonthlyWageFen: { label: '本人工资', types: MONEY, required: true },
  regionAvgMonthlyWageFen: {
    label: '统筹地区上年度职工月平均工资',
    types: MONEY,
    required: true,
    param: 'regionAvgMonthlyWageFen',
  },
};

/** Calculator name → its element-fed inputs. */
export const CALCULATOR_INPUTS = {
  economicCompensation: COMPENSATION,
  unlawfulTerminationDamages: COMPENSATION,
  doubleWages: DOUBLE_WAGES,
  overtimePay: OVERTIME,
  annualLeavePay: ANNUAL_LEAVE,
  wageArrears: WAGE_ARREARS,
  nonCompeteCompensation: NON_COMPETE,
  workInjuryLumpSum: WORK_INJURY,
} as const;
export type CalculatorName = keyof typeof CALCULATOR_INPUTS;

/** The calculator run for each claim type; 确认劳动关系 has none (reference §3.3 (7): not a money claim). */
export const CLAIM_CALCULATORS: Partial<Record<DisputeReason, CalculatorName>> = {
  wage_arrears: 'wageArrears',
  overtime: 'overtimePay',
  double_wages: 'doubleWages',
  unlawful_termination: 'unlawfulTerminationDamages',
  economic_compensation: 'economicCompensation',
  forced_resignation: 'economicCompensation', // §3.3 (9): same as (5)
  annual_leave: 'annualLeavePay',
  non_compete: 'nonCompeteCompensation',
  work_injury: 'workInjuryLumpSum', // 一次性伤残补助金 only; other benefits are checked by hand
};

const isCalculator = (name: string): name is CalculatorName => Object.hasOwn(CALCULATOR_INPUTS, name);

/** Entries of one calculator's table, in declaration order. */
export function calculatorInputs(name: CalculatorName): Array<[string, CalcInputSpec]> {
  return Object.entries(CALCULATOR_INPUTS[name]).filter(
    (entry): entry is [string, CalcInputSpec] => entry[1] !== undefined,
  );
}

/** 'economicCompensation.startDate' → its calculator and spec, or null when no such input exists. */
export function lookupCalcInput(
  path: string,
): { calculator: CalculatorName; field: string; spec: CalcInputSpec } | null {
  const dot = path.indexOf('.');
  if (dot < 0) return null;
  const calculator = path.slice(0, dot);
  const field = path.slice(dot + 1);
  if (!isCalculator(calculator)) return null;
  const spec = calculatorInputs(calculator).find(([k]) => k === field)?.[1];
  return spec === undefined ? null : { calculator, field, spec };
}
