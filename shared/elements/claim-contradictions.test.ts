// Contradictions in a claim's 要素表 are flagged as warnings and never stop the calculation (issue 10 item 8).
// Run through checkClaim with the bundled templates, so the element keys and choice values are the real ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim, validateAnswers, validateTemplate } from '.';
import type { ApplicantAnswers, ClaimFlagSeverity, ElementTemplate } from '.';
import type { DisputeReason } from '../domain/reference-data';

const load = (id: string): ElementTemplate => {
  const r = validateTemplate(
    JSON.parse(readFileSync(new URL(`../../resources/elements/${id}.json`, import.meta.url), 'utf8')),
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.template;
};
const params = { cityAvgMonthlyWageFen: 800_000, minMonthlyWageFen: 249_000 };

const EC = load('economic_compensation');
const ecFacts = {
  claimedAmountFen: 6_300_000,
  startDate: '2019-03-15',
  endDate: '2025-09-30',
  avgMonthlyWageFen: 900_000,
};

/** The flags on one element, as [severity, message]. */
const flagsOn = (claim: DisputeReason, t: ElementTemplate, answers: ApplicantAnswers, key: string) => {
  const r = checkClaim(claim, t, answers, params);
  return { r, on: r.flags.filter((f) => f.key === key) };
};

// 劳动合同法 第四十六条: who proposed matters for 协商一致解除 (第二项: only when the EMPLOYER proposed under 第三十六条);
// 第三十八条 is the worker's own 解除 (第一项), 第四十条 and 第四十一条 the employer's (第三项、第四项); the other grounds
// say nothing about who proposed. '' = 解除提出方 not filled in.
type Expect = ClaimFlagSeverity | null;
const GROUND_BY_PROPOSER: Readonly<
  Record<string, Readonly<Record<'applicant' | 'respondent' | '', Expect>>>
> = {
  mutual_employer_proposed: { applicant: 'contradiction', respondent: null, '': 'missing_input' },
  art38: { applicant: null, respondent: 'contradiction', '': null },
  art40: { applicant: 'contradiction', respondent: null, '': null },
  art41: { applicant: 'contradiction', respondent: null, '': null },
  expiry: { applicant: null, respondent: null, '': null },
  employer_closed: { applicant: null, respondent: null, '': null },
  task_completed: { applicant: null, respondent: null, '': null },
  other: { applicant: null, respondent: null, '': null },
};
const ROWS = Object.entries(GROUND_BY_PROPOSER).flatMap(([ground, byProposer]) =>
  Object.entries(byProposer).map(([proposer, expected]) => ({ ground, proposer, expected })),
);

describe('经济补偿: the ground against the party who proposed (劳动合同法 第四十六条)', () => {
  it('the table covers every ground of the template', () => {
    const choices = EC.groups
      .flatMap((g) => g.elements)
      .find((e) => e.key === 'ground')
      ?.choices?.map((c) => c.value);
    expect(Object.keys(GROUND_BY_PROPOSER).sort()).toEqual([...(choices ?? [])].sort());
  });

  it.each(ROWS)('ground $ground, proposed by "$proposer" → $expected', ({ ground, proposer, expected }) => {
    const answers = { ...ecFacts, ground, ...(proposer === '' ? {} : { proposedBy: proposer }) };
    expect(validateAnswers(EC, answers).ok).toBe(true);
    const { r, on } = flagsOn('economic_compensation', EC, answers, 'proposedBy');
    expect(on.map((f) => f.severity)).toEqual(expected === null ? [] : [expected]);
    // A warning, not a refusal: the statutory amount is still computed and compared.
    expect(r.computed?.amountFen).toBe(6_300_000);
  });

  it('协商一致解除 proposed by the worker cites 第四十六条第二项 and says nothing is due', () => {
    const { on } = flagsOn(
      'economic_compensation',
      EC,
      { ...ecFacts, ground: 'mutual_employer_proposed', proposedBy: 'applicant' },
      'proposedBy',
    );
    expect(on[0]?.message).toBe(
      '解除或终止的情形为“用人单位提出、双方协商一致解除”，而解除提出方为申请人（劳动者）：由劳动者提出、双方协商一致解除劳动合同的，用人单位无须支付经济补偿，只有用人单位依第三十六条提出并协商一致解除的才应支付（《劳动合同法》第四十六条第二项）；请核实由哪一方提出，上述金额未据此调整',
    );
  });

  it('the other contradictory grounds name the item of 第四十六条 concerned', () => {
    const item = (ground: string, proposedBy: string) =>
      flagsOn('economic_compensation', EC, { ...ecFacts, ground, proposedBy }, 'proposedBy').on[0]?.message;
    expect(item('art38', 'respondent')).toContain('（《劳动合同法》第四十六条第一项）');
    expect(item('art40', 'applicant')).toContain('（《劳动合同法》第四十六条第三项）');
    expect(item('art41', 'applicant')).toContain('“经济性裁员”，而解除提出方为申请人（劳动者）');
  });
});

describe('other answers that cannot all be true', () => {
  it.each([
    // [claim, answers, element flagged, expected severities on it]
    [
      '代通知金 with a 第四十条 dismissal: a note only',
      { ground: 'art40', noticePayClaimed: true },
      ['info'],
    ],
    [
      '代通知金 with another ground: contradiction and the note',
      { ground: 'expiry', noticePayClaimed: true },
      ['contradiction', 'info'],
    ],
    ['no 代通知金 claimed: nothing', { ground: 'expiry', noticePayClaimed: false }, []],
  ])('经济补偿 — %s', (_name, extra, expected) => {
    const { on } = flagsOn('economic_compensation', EC, { ...ecFacts, ...extra }, 'noticePayClaimed');
    expect(on.map((f) => f.severity)).toEqual(expected);
  });

  it('续订 refused only matters at expiry: another ground is a contradiction', () => {
    const at = (ground: string) =>
      flagsOn(
        'economic_compensation',
        EC,
        { ...ecFacts, ground, renewalRefused: true },
        'renewalRefused',
      ).on.map((f) => f.severity);
    expect(at('expiry')).toEqual(['info']);
    expect(at('art40')).toEqual(['contradiction', 'info']);
  });

  it('二倍工资: "not signed" with a signing date is a contradiction; "signed" without a date is missing', () => {
    const t = load('double_wages');
    const facts = {
      claimedAmountFen: 9_900_000,
      hireDate: '2025-01-01',
      separationDate: '2025-12-31',
      monthlyWageFen: 900_000,
    };
    const on = (extra: ApplicantAnswers) =>
      flagsOn('double_wages', t, { ...facts, ...extra }, 'contractSignedDate').on.map((f) => f.severity);
    expect(on({ contractSigned: false, contractSignedDate: '2025-06-01' })).toEqual(['contradiction']);
    expect(on({ contractSigned: true })).toEqual(['missing_input']);
    expect(on({ contractSigned: true, contractSignedDate: '2025-06-01' })).toEqual([]);
    expect(on({ contractSigned: false })).toEqual([]);
  });

  it('加班费: the holiday dates list must add up to the holiday hours (compared to the hundredth)', () => {
    const t = load('overtime');
    const facts = {
      claimedAmountFen: 275_000,
      overtimeBaseFen: 870_000,
      weekdayHours: 10,
      restDayHours: 8,
      holidayHours: 8,
    };
    const rows = (...hours: number[]) => hours.map((h, i) => ({ date: `2025-10-0${i + 1}`, hours: h }));
    const on = (extra: ApplicantAnswers) => {
      const { r, on: flags } = flagsOn('overtime', t, { ...facts, ...extra }, 'holidayHours');
      return { amount: r.computed?.amountFen, flags: flags.map((f) => f.message) };
    };
    expect(on({ holidayDates: rows(4, 4) }).flags).toEqual([]);
    expect(on({ holidayDates: rows(0.1, 0.2), holidayHours: 0.3 }).flags).toEqual([]);
    expect(on({ holidayDates: rows(8, 8) })).toEqual({
      amount: 275_000,
      flags: [
        '法定休假日加班日期逐日填写的小时数合计 16 小时，与“法定休假日加班小时数” 8 小时不一致；上述按 8 小时计算，请核对（《劳动法》第四十四条第三项）',
      ],
    });
  });

  it('竞业限制: "no agreement" with an agreed monthly amount is a contradiction', () => {
    const t = load('non_compete');
    const facts = { claimedAmountFen: 1, avgMonthlyWageFen: 900_000, months: 24 };
    const on = (extra: ApplicantAnswers) =>
      flagsOn('non_compete', t, { ...facts, ...extra }, 'agreedMonthlyCompensationFen').on.map(
        (f) => f.severity,
      );
    expect(on({ agreementExists: false, agreedMonthlyCompensationFen: 300_000 })).toEqual([
      'contradiction',
      'info',
    ]);
    expect(on({ agreementExists: true, agreedMonthlyCompensationFen: 300_000 })).toEqual(['info']);
  });
});
