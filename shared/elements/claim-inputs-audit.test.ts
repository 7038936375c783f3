// What a calculator or a 要素表 help text says it uses is what is used (issue 10 item 8):
// 1. each calculator's input type, its declared inputs (CALCULATOR_INPUTS + CALCULATOR_OPTIONS) and the fields it
//    actually reads are the same set — a new input nobody feeds, or a declared one the calculator ignores, fails;
// 2. every element of a money-claim template is either the claimed amount, a calculator input, read by a claim
//    note, or listed below as a fact that does not change the amount computed here — so an element whose help says
//    it changes the amount cannot be added without being used or consciously listed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
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
  DoubleWagesInput,
  EconomicCompensationInput,
  NonCompeteInput,
  OvertimeInput,
  WageArrearsInput,
  WorkInjuryInput,
} from '../calc';
import type { DisputeReason } from '../domain/reference-data';
import { CLAIMED_AMOUNT_KEY, CLAIM_CALCULATORS, templateElements, validateTemplate } from '.';
import type { CalculatorName, ElementTemplate } from '.';
import { calculatorInputs } from './calc-inputs';
import { CALCULATOR_OPTIONS } from './claim-input';
import { claimNoteList } from './claim-notes';

interface InputOf {
  economicCompensation: EconomicCompensationInput;
  unlawfulTerminationDamages: EconomicCompensationInput;
  doubleWages: DoubleWagesInput;
  overtimePay: OvertimeInput;
  annualLeavePay: AnnualLeaveInput;
  wageArrears: WageArrearsInput;
  nonCompeteCompensation: NonCompeteInput;
  workInjuryLumpSum: WorkInjuryInput;
}
type Source = 'element' | 'option' | 'unused';

// Every field of each input type (TypeScript refuses a missing or an extra one) and how it reaches the calculator
// from a claim: an element (CALCULATOR_INPUTS), a tribunal option (CALCULATOR_OPTIONS), or 'unused' when the
// calculator ignores it for this claim (违法解除赔偿金 shares 经济补偿's input but takes no 2008 split).
const FIELDS: { readonly [C in CalculatorName]: { readonly [K in keyof Required<InputOf[C]>]: Source } } = {
  economicCompensation: {
    startDate: 'element',
    endDate: 'element',
    avgMonthlyWageFen: 'element',
    cityAvgMonthlyWageFen: 'element',
    minMonthlyWageFen: 'element',
    splitAt2008: 'option',
    pre2008Included: 'option',
  },
  unlawfulTerminationDamages: {
    startDate: 'element',
    endDate: 'element',
    avgMonthlyWageFen: 'element',
    cityAvgMonthlyWageFen: 'element',
    minMonthlyWageFen: 'element',
    splitAt2008: 'unused',
    pre2008Included: 'unused',
  },
  doubleWages: {
    startDate: 'element',
    contractSignedDate: 'element',
    endDate: 'element',
    monthlyWageFen: 'element',
    proration: 'option',
  },
  overtimePay: {
    baseMonthlyWageFen: 'element',
    weekdayHours: 'element',
    restDayHours: 'element',
    holidayHours: 'element',
    months: 'element',
  },
  annualLeavePay: {
    year: 'element',
    cumulativeYears: 'element',
    hireDate: 'element',
    leaveDate: 'element',
    daysTaken: 'element',
    avgMonthlyWageFen: 'element',
  },
  wageArrears: { months: 'element', minMonthlyWageFen: 'element' },
  nonCompeteCompensation: { avgMonthlyWageFen: 'element', minMonthlyWageFen: 'element', months: 'element' },
  workInjuryLumpSum: {
    grade: 'element',
    personalMonthlyWageFen: 'element',
    regionAvgMonthlyWageFen: 'element',
  },
};

const employment = {
  startDate: '2005-03-15',
  endDate: '2025-09-30',
  avgMonthlyWageFen: 900_000,
  cityAvgMonthlyWageFen: 800_000,
  minMonthlyWageFen: 249_000,
};
// Each calculator run on a full input (every optional field set: `Required<…>`), passed through `wrap` so the
// fields it reads can be recorded.
type Wrap = <T extends object>(input: T) => T;
const RUNS: { readonly [C in CalculatorName]: (wrap: Wrap) => unknown } = {
  economicCompensation: (w) =>
    economicCompensation(
      w<Required<EconomicCompensationInput>>({ ...employment, splitAt2008: true, pre2008Included: true }),
    ),
  // splitAt2008 false so the pre2008Included check is reached too (both are read to warn they are ignored).
  unlawfulTerminationDamages: (w) =>
    unlawfulTerminationDamages(
      w<Required<EconomicCompensationInput>>({ ...employment, splitAt2008: false, pre2008Included: true }),
    ),
  doubleWages: (w) =>
    doubleWages(
      w<Required<DoubleWagesInput>>({
        startDate: '2025-01-01',
        contractSignedDate: '2025-06-15',
        endDate: '2026-03-31',
        monthlyWageFen: 900_000,
        proration: 'service-month',
      }),
    ),
  overtimePay: (w) =>
    overtimePay(
      w<Required<OvertimeInput>>({
        baseMonthlyWageFen: 870_000,
        weekdayHours: 10,
        restDayHours: 8,
        holidayHours: 8,
        months: 2,
      }),
    ),
  annualLeavePay: (w) =>
    annualLeavePay(
      w<Required<AnnualLeaveInput>>({
        year: 2025,
        cumulativeYears: 12,
        hireDate: '2020-03-01',
        leaveDate: '2025-06-30',
        daysTaken: 1,
        avgMonthlyWageFen: 870_000,
      }),
    ),
  wageArrears: (w) =>
    wageArrears(
      w<Required<WageArrearsInput>>({
        months: [{ month: '2025-01', payableFen: 900_000, paidFen: 0 }],
        minMonthlyWageFen: 249_000,
      }),
    ),
  nonCompeteCompensation: (w) =>
    nonCompeteCompensation(
      w<Required<NonCompeteInput>>({ avgMonthlyWageFen: 900_000, minMonthlyWageFen: 249_000, months: 24 }),
    ),
  workInjuryLumpSum: (w) =>
    workInjuryLumpSum(
      w<Required<WorkInjuryInput>>({
        grade: 7,
        personalMonthlyWageFen: 600_000,
        regionAvgMonthlyWageFen: 800_000,
      }),
    ),
};

/** The top-level fields a calculator reads from its input (recorded by a Proxy around it). */
function fieldsRead(name: CalculatorName): string[] {
  const read = new Set<string>();
  const wrap: Wrap = (input) =>
    new Proxy(input, {
      get(target, key, receiver) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  RUNS[name](wrap);
  return [...read].sort();
}

const NAMES = Object.keys(FIELDS) as CalculatorName[];
const keysWith = (name: CalculatorName, ...sources: Source[]): string[] =>
  Object.entries(FIELDS[name])
    .filter(([, s]) => sources.includes(s))
    .map(([k]) => k)
    .sort();

describe('calculators read exactly their declared inputs', () => {
  it.each(NAMES)('%s: the element-fed inputs are CALCULATOR_INPUTS', (name) => {
    expect(
      calculatorInputs(name)
        .map(([k]) => k)
        .sort(),
    ).toEqual(keysWith(name, 'element'));
  });

  it.each(NAMES)('%s: the tribunal options are CALCULATOR_OPTIONS', (name) => {
    expect((CALCULATOR_OPTIONS[name] ?? []).map(([, field]) => field).sort()).toEqual(
      keysWith(name, 'option'),
    );
  });

  it.each(NAMES)('%s: reads every field of its input type and nothing else', (name) => {
    // 'unused' fields are still read — to warn that they are ignored (赔偿金 and the 2008 split).
    expect(fieldsRead(name)).toEqual(keysWith(name, 'element', 'option', 'unused'));
  });
});

// Facts in a money-claim template that do not change the amount computed here: they decide whether the claim
// stands, its time limit, or the evidence, which the tribunal weighs (reference §3.3). An element whose help says it
// changes the amount belongs in a calculator input or a claim note (claim-notes.ts), not here.
const FACTS_NOT_IN_AMOUNT: Partial<Record<DisputeReason, readonly string[]>> = {
  // payable/paid per month already reflect deductions and stoppage pay; period and employment → time limit.
  wage_arrears: [
    'arrearsPeriod',
    'payDay',
    'payCycle',
    'deductions',
    'stoppagePeriod',
    'hasIou',
    'stillEmployed',
  ],
  // the approval and base source are evidence; hours with 补休 are not paid (help says so), attendance is proof.
  overtime: [
    'overtimePeriod',
    'workingHoursApproval',
    'overtimeBaseSource',
    'restDayCompensatedHours',
    'attendanceEvidence',
    'employerHoldsEvidence',
  ],
  // the period is computed from the dates; the written notice goes with workerRefusedToSign's note.
  double_wages: ['claimPeriod', 'employerWrittenNotice'],
  // all decide whether the 解除 was unlawful, not the amount (2 × 经济补偿).
  unlawful_termination: [
    'noticeDate',
    'noticeForm',
    'noticeServedDate',
    'terminationReason',
    'provisionRelied',
    'rulesRelied',
    'rulesDemocratic',
    'rulesMadeKnown',
    'unionNotified',
    'protectedStatus',
  ],
  // the employer's fault and the worker's notice decide whether 经济补偿 is due at all (第三十八条).
  forced_resignation: [
    'employerFaults',
    'resignationNoticeWritten',
    'resignationNoticeDate',
    'resignationNoticeServedDate',
    'statedReasons',
  ],
  non_compete: ['restrictionPeriod'],
  // only 一次性伤残补助金 is computed (the note says so); the rest is recognition, other benefits and evidence.
  work_injury: [
    'injuryDate',
    'recognitionDecisionNo',
    'recognitionDate',
    'recognitionConclusion',
    'assessmentDate',
    'nursingLevel',
    'insured',
    'suspensionPeriod',
    'medicalExpensesFen',
    'hospitalFoodAllowanceFen',
    'travelExpensesFen',
    'nursingExpensesFen',
    'separationDate',
  ],
};

const DIR = new URL('../../resources/elements/', import.meta.url);
const templates: ElementTemplate[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const r = validateTemplate(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')));
    return r.ok ? [r.template] : [];
  });
const MONEY_CLAIMS = (Object.keys(CLAIM_CALCULATORS) as DisputeReason[]).sort();

describe('every element of a money-claim template is used or consciously listed', () => {
  it.each(MONEY_CLAIMS)('%s', (claim) => {
    const t = templates.find((x) => x.claimTypes.includes(claim));
    const keys = templateElements(t as ElementTemplate).map(({ element }) => element);
    const noted = new Set(claimNoteList(claim).flatMap((n) => n.keys));
    const listed = new Set(FACTS_NOT_IN_AMOUNT[claim] ?? []);
    const unaccounted = keys
      .filter((e) => e.key !== CLAIMED_AMOUNT_KEY && e.calcInput === undefined && !noted.has(e.key))
      .filter((e) => !listed.has(e.key))
      .map((e) => e.key);
    expect(unaccounted).toEqual([]);
    // The list holds only plain facts: nothing there is also fed to the calculator or read by a note.
    const both = keys.filter((e) => listed.has(e.key) && (e.calcInput !== undefined || noted.has(e.key)));
    expect(both.map((e) => e.key)).toEqual([]);
    // And a note or the list never names an element the template does not have (a typo would silence it).
    const all = new Set(keys.map((e) => e.key));
    expect([...noted, ...listed].filter((k) => !all.has(k))).toEqual([]);
  });
});
