// Builds a calculator's input from the claim template's `calcInput` mapping and the looked-up local parameters
// (reference §3.2: local parameters are looked up in effective-dated tables, not typed in). Nothing is defaulted or
// corrected here: a missing input is a 'missing_input' flag, a value the calculator refuses becomes an
// 'impossible_input' flag in claim-check.ts.

import { formatFen } from '../format/money';
import type { ApplicantAnswers, ElementValue } from './answers.schema';
import { calculatorInputs } from './calc-inputs';
import type { CalculatorName } from './calc-inputs';
import { templateElements } from './template.schema';
import type { Element, ElementTemplate } from './template.schema';

/**
 * over_claim: more than the statutory amount; contradiction: answers in the 要素表 that cannot all be true (a
 * warning — the calculator still runs on the figures given); impossible_input: a value the calculator refuses;
 * missing_input: a fact needed is not filled in; time_barred; info: facts and points for the tribunal.
 */
export type ClaimFlagSeverity =
  'over_claim' | 'contradiction' | 'time_barred' | 'impossible_input' | 'missing_input' | 'info';

export interface ClaimFlag {
  readonly severity: ClaimFlagSeverity;
  /** Chinese, with the reason. */
  readonly message: string;
  /** The element concerned, when there is one (for the form to mark it). */
  readonly key?: string;
}

/** The local parameters (looked up for the 劳动合同履行地 and date) and the tribunal's calculation options. */
export interface ClaimCheckParams {
  readonly cityAvgMonthlyWageFen?: number;
  readonly minMonthlyWageFen?: number;
  readonly regionAvgMonthlyWageFen?: number;
  /** 经济补偿: split at 2008-01-01 (劳动合同法 第九十七条第三款) and whether the pre-2008 part is included. */
  readonly splitAt2008?: boolean;
  readonly pre2008Included?: boolean;
  /** 二倍工资: how a part month is pro-rated (local practice [M], see shared/calc doubleWages). */
  readonly doubleWagesProration?: 'calendar-month' | 'service-month';
}

/**
 * The tribunal's options passed to a calculator beside its element-fed inputs (CALCULATOR_INPUTS): the
 * ClaimCheckParams key and the calculator's input field. 违法解除赔偿金 takes no 2008 split (实施条例 第二十五条).
 */
export const CALCULATOR_OPTIONS: {
  readonly [C in CalculatorName]?: ReadonlyArray<readonly [keyof ClaimCheckParams, string]>;
} = {
  economicCompensation: [
    ['splitAt2008', 'splitAt2008'],
    ['pre2008Included', 'pre2008Included'],
  ],
  doubleWages: [['doubleWagesProration', 'proration']],
};

/** Where one calculator field came from, to name it in a flag. */
export interface InputSource {
  readonly label: string;
  readonly key?: string;
  readonly fromParam: boolean;
}

export interface BuiltInput {
  readonly input: Record<string, unknown>;
  readonly sources: ReadonlyMap<string, InputSource>;
  readonly flags: ClaimFlag[];
  /** A required input is missing: the calculator is not run. */
  readonly incomplete: boolean;
}

const filled = (v: ElementValue | undefined): v is ElementValue =>
  v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

const fen = (v: unknown): string =>
  typeof v === 'number' && Number.isSafeInteger(v) ? `${formatFen(v)} 元` : String(v);

/** A choice like 伤残等级 '7' → 7; anything else is passed on unchanged for the calculator to judge. */
const numeric = (v: unknown): unknown =>
  typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;

export function buildCalcInput(
  calculator: CalculatorName,
  template: ElementTemplate,
  answers: ApplicantAnswers,
  params: ClaimCheckParams,
): BuiltInput {
  const byCalcInput = new Map<string, Element>();
  for (const { element } of templateElements(template))
    if (element.calcInput !== undefined) byCalcInput.set(element.calcInput, element);

  const input: Record<string, unknown> = {};
  const sources = new Map<string, InputSource>();
  const flags: ClaimFlag[] = [];
  let incomplete = false;

  for (const [field, spec] of calculatorInputs(calculator)) {
    const el = byCalcInput.get(`${calculator}.${field}`);
    const answer = el !== undefined && Object.hasOwn(answers, el.key) ? answers[el.key] : undefined;
    const param: number | undefined = spec.param === undefined ? undefined : params[spec.param];
    const label = el?.label ?? spec.label;
    const keyed = el === undefined ? {} : { key: el.key };

    if (param !== undefined) {
      input[field] = param;
      sources.set(field, { label: spec.label, fromParam: true });
      if (filled(answer) && answer !== param)
        flags.push({
          severity: 'info',
          ...keyed,
          message: `申请人填写的“${label}”为 ${fen(answer)}，与当地参数 ${fen(param)}不一致，按当地参数计算；如有争议由仲裁庭认定`,
        });
      continue;
    }
    if (filled(answer)) {
      input[field] = spec.numeric === true ? numeric(answer) : answer;
      sources.set(field, { label, ...keyed, fromParam: false });
      if (spec.param !== undefined)
        flags.push({
          severity: 'info',
          ...keyed,
          message: `未提供当地参数“${spec.label}”，按申请人填写的 ${fen(answer)}计算，请按当地参数表核对`,
        });
      continue;
    }
    if (!spec.required) continue;
    incomplete = true;
    if (el === undefined && spec.param === undefined)
      flags.push({
        severity: 'missing_input',
        message: `要素模板“${template.title}”未提供计算所需的“${spec.label}”（${calculator}.${field}），无法按法定标准核算`,
      });
    else if (el === undefined)
      flags.push({
        severity: 'missing_input',
        message: `缺少当地参数“${spec.label}”，无法按法定标准核算`,
      });
    else
      flags.push({
        severity: 'missing_input',
        key: el.key,
        message: `未填写计算所需的要素“${label}”${spec.param === undefined ? '' : '（或提供当地参数）'}，无法按法定标准核算`,
      });
  }

  for (const [param, field] of CALCULATOR_OPTIONS[calculator] ?? []) {
    const value = params[param];
    if (value !== undefined) input[field] = value;
  }

  return { input, sources, flags, incomplete };
}

/** A list whose rows are not objects cannot reach the calculator (it would fail on the row, not name it). */
export function malformedLists(built: BuiltInput, calculator: CalculatorName): ClaimFlag[] {
  const out: ClaimFlag[] = [];
  for (const [field, spec] of calculatorInputs(calculator)) {
    const v = built.input[field];
    if (spec.itemKeys === undefined || v === undefined) continue;
    const source = built.sources.get(field);
    const ok =
      Array.isArray(v) && v.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row));
    if (!ok)
      out.push({
        severity: 'impossible_input',
        ...(source?.key === undefined ? {} : { key: source.key }),
        message: `要素“${source?.label ?? spec.label}”应为逐项填写的列表`,
      });
  }
  return out;
}
