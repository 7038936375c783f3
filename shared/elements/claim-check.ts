// Checks a money claim against the statutory standard before the hearing (reference §3.3 formulas): runs the claim
// type's calculator on the elements mapped by `calcInput`, then compares the claimed amount. It reports; it never
// corrects: an over-claim is a flag for the tribunal, not a reduced figure, and the calculators refuse bad input
// (CalcInputError) rather than guess — that refusal becomes an 'impossible_input' flag naming the element.

import {
  CalcInputError,
  annualLeavePay,
  doubleWages,
  economicCompensation,
  nonCompeteCompensation,
  overtimePay,
  unlawfulTerminationDamages,
  wageArrears,
  workInjuryLumpSum,
} from '../calc';
import type {
  AnnualLeaveInput,
  CalcResult,
  DoubleWagesInput,
  EconomicCompensationInput,
  NonCompeteInput,
  OvertimeInput,
  WageArrearsInput,
  WorkInjuryInput,
} from '../calc';
import { disputeReasonLabel } from '../domain/reference-data';
import type { DisputeReason } from '../domain/reference-data';
import { formatFen } from '../format/money';
import type { ApplicantAnswers } from './answers.schema';
import { CLAIM_CALCULATORS } from './calc-inputs';
import type { CalculatorName } from './calc-inputs';
import { buildCalcInput, malformedLists } from './claim-input';
import type { BuiltInput, ClaimCheckParams, ClaimFlag } from './claim-input';
import { claimNotes } from './claim-notes';
import type { ElementTemplate } from './template.schema';

export type { ClaimCheckParams, ClaimFlag, ClaimFlagSeverity } from './claim-input';

/** The element holding the amount claimed, in every money-claim template. */
export const CLAIMED_AMOUNT_KEY = 'claimedAmountFen';

export interface ClaimCheckResult {
  readonly claimType: DisputeReason;
  /** null for a claim type without a calculator (e.g. 确认劳动关系). */
  readonly calculator: CalculatorName | null;
  readonly claimedFen?: number;
  readonly computed?: CalcResult;
  readonly flags: readonly ClaimFlag[];
}

type Input = Record<string, unknown>;
// The calculators check every field themselves (shared/calc/inputs.ts) and throw CalcInputError naming it.
const RUN: { readonly [K in CalculatorName]: (input: Input) => CalcResult } = {
  economicCompensation: (i) => economicCompensation(i as unknown as EconomicCompensationInput),
  unlawfulTerminationDamages: (i) => unlawfulTerminationDamages(i as unknown as EconomicCompensationInput),
  doubleWages: (i) => doubleWages(i as unknown as DoubleWagesInput),
  overtimePay: (i) => overtimePay(i as unknown as OvertimeInput),
  annualLeavePay: (i) => annualLeavePay(i as unknown as AnnualLeaveInput),
  wageArrears: (i) => wageArrears(i as unknown as WageArrearsInput),
  nonCompeteCompensation: (i) => nonCompeteCompensation(i as unknown as NonCompeteInput),
  workInjuryLumpSum: (i) => workInjuryLumpSum(i as unknown as WorkInjuryInput),
};

const yuan = (fen: number): string => `${formatFen(fen)} 元`;

/**
 * EXTENSION POINT — time-barred parts (reference §2.5; the limitation module, a later issue). Here the months or
 * periods found time-barred (wage rows of wageArrears.months before the bar, the part of a double-wage period before
 * it …) will be taken out of the input, each exclusion reported as an 'info' flag naming the months — never
 * silently. Not implemented: the input passes through unchanged.
 */
function excludeTimeBarred(built: BuiltInput): { input: Input; flags: ClaimFlag[] } {
  return { input: built.input, flags: [] };
}

/** 'impossible_input' naming the element (or local parameter) behind the refused calculator field. */
function refused(e: CalcInputError, built: BuiltInput): ClaimFlag {
  const field = e.field.split(/[.[]/)[0] ?? e.field;
  const source = built.sources.get(field);
  if (source === undefined) return { severity: 'impossible_input', message: e.message };
  const what = source.fromParam ? `当地参数“${source.label}”` : `要素“${source.label}”`;
  return {
    severity: 'impossible_input',
    ...(source.key === undefined ? {} : { key: source.key }),
    message: `${what}有误：${e.message}`,
  };
}

function compareClaim(claimed: number, computed: CalcResult): ClaimFlag {
  const legal = computed.amountFen;
  if (claimed > legal)
    return {
      severity: 'over_claim',
      key: CLAIMED_AMOUNT_KEY,
      message: `申请金额 ${yuan(claimed)}超过按法定标准计算的 ${yuan(legal)}（多 ${yuan(claimed - legal)}）。计算过程：${computed.explain.join('；')}`,
    };
  if (claimed < legal)
    return {
      severity: 'info',
      key: CLAIMED_AMOUNT_KEY,
      message: `申请金额 ${yuan(claimed)}低于按法定标准计算的 ${yuan(legal)}（少 ${yuan(legal - claimed)}）`,
    };
  return {
    severity: 'info',
    key: CLAIMED_AMOUNT_KEY,
    message: `申请金额与按法定标准计算的金额一致（${yuan(legal)}）`,
  };
}

/**
 * checkClaim('economic_compensation', template, answers, { cityAvgMonthlyWageFen, minMonthlyWageFen }) →
 * { claimedFen, computed: { amountFen, explain, basis, warnings }, flags }. The template is the claim type's 要素表
 * (its calcInput mapping says which element feeds which calculator input); params are the looked-up local
 * parameters, which take precedence over a figure the applicant typed (with an 'info' flag when they differ).
 */
export function checkClaim(
  claimType: DisputeReason,
  template: ElementTemplate,
  answers: ApplicantAnswers,
  params: ClaimCheckParams = {},
): ClaimCheckResult {
  const calculator = CLAIM_CALCULATORS[claimType] ?? null;
  if (calculator === null)
    return {
      claimType,
      calculator,
      flags: [{ severity: 'info', message: `“${disputeReasonLabel(claimType)}”不涉及按法定标准计算的金额` }],
    };
  if (!template.claimTypes.includes(claimType))
    return {
      claimType,
      calculator,
      flags: [
        {
          severity: 'missing_input',
          message: `要素模板“${template.title}”不适用于“${disputeReasonLabel(claimType)}”，无法核算`,
        },
      ],
    };

  const flags: ClaimFlag[] = [];
  const raw = Object.hasOwn(answers, CLAIMED_AMOUNT_KEY) ? answers[CLAIMED_AMOUNT_KEY] : undefined;
  let claimedFen: number | undefined;
  if (raw === undefined || raw === '') {
    flags.push({
      severity: 'missing_input',
      key: CLAIMED_AMOUNT_KEY,
      message: '未填写请求金额，无法与法定标准比对',
    });
  } else if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
    flags.push({
      severity: 'impossible_input',
      key: CLAIMED_AMOUNT_KEY,
      message: `请求金额须为以“分”为单位的非负整数：${JSON.stringify(raw)}`,
    });
  } else {
    claimedFen = raw;
  }

  const built = buildCalcInput(calculator, template, answers, params);
  flags.push(...built.flags, ...claimNotes(claimType, answers));
  const malformed = malformedLists(built, calculator);
  flags.push(...malformed);
  const base = { claimType, calculator, ...(claimedFen === undefined ? {} : { claimedFen }) };
  if (built.incomplete || malformed.length > 0) return { ...base, flags };

  const limited = excludeTimeBarred(built);
  flags.push(...limited.flags);
  let computed: CalcResult;
  try {
    computed = RUN[calculator](limited.input);
  } catch (e) {
    if (!(e instanceof CalcInputError)) throw e;
    return { ...base, flags: [...flags, refused(e, built)] };
  }
  flags.push(...computed.warnings.map((message): ClaimFlag => ({ severity: 'info', message })));
  if (claimedFen !== undefined) flags.push(compareClaim(claimedFen, computed));
  return { ...base, computed, flags };
}
