import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_SETTINGS, riskSettingsOf } from './risk-settings';
import {
  riskDashboard,
  riskWarnings,
  type RiskCandidate,
  type RiskCase,
  type RiskKind,
} from './risk-warnings';

const worker = (name: string, idNumber: string | null = null) => ({ role: 'applicant', name, idNumber });
const employer = (name: string, creditCode: string | null = null) => ({
  role: 'respondent',
  name,
  creditCode,
});
const ZHANG = worker('张三', '11010519491231002X');
const ACME = employer('福州市某某科技有限公司', '91350100M000100Y43');

const existing = (id: string, over: Partial<RiskCase> = {}): RiskCase => ({
  id,
  caseNo: `案${id}`,
  open: true,
  receivedDate: '2026-09-01',
  isCollective: false,
  workerCount: null,
  parties: [worker('李四', '110105194912310021'), employer('某甲公司', '91350100M000100Y00')],
  ...over,
});
const candidate = (over: Partial<RiskCandidate> = {}): RiskCandidate => ({
  receivedDate: '2026-09-20',
  isCollective: false,
  workerCount: null,
  parties: [ZHANG, ACME],
  ...over,
});
const kinds = (c: RiskCandidate, others: RiskCase[], s = DEFAULT_RISK_SETTINGS): RiskKind[] =>
  riskWarnings(c, others, s).map((w) => w.kind);

describe('风险预警 (riskWarnings)', () => {
  const rows: Array<[string, RiskCandidate, RiskCase[], RiskKind[]]> = [
    ['nothing in common', candidate(), [existing('1')], []],
    ['a collective dispute by flag', candidate({ isCollective: true, workerCount: 12 }), [], ['collective']],
    ['ten workers without the flag', candidate({ workerCount: 10 }), [], ['collective']],
    ['nine workers are not collective', candidate({ workerCount: 9 }), [], []],
    [
      'same ID number and employer 19 days apart: duplicate only',
      candidate(),
      [existing('1', { parties: [ZHANG, ACME] })],
      ['duplicate'],
    ],
    [
      'same ID number and employer 31 days apart: a repeat applicant, not a duplicate',
      candidate({ receivedDate: '2026-10-02' }),
      [existing('1', { parties: [ZHANG, ACME], open: false })],
      ['repeat_applicant'],
    ],
    [
      'the same worker against another employer',
      candidate(),
      [existing('1', { parties: [ZHANG, employer('另一公司')] })],
      ['repeat_applicant'],
    ],
    [
      'a same-named worker without an ID number matches by name, never as a duplicate',
      candidate({ parties: [worker('张三'), ACME] }),
      [existing('1', { parties: [worker('张三'), ACME], open: false })],
      ['repeat_applicant'],
    ],
    [
      'two other open cases against the employer reach the default of three',
      candidate(),
      [existing('1', { parties: [worker('甲'), ACME] }), existing('2', { parties: [worker('乙'), ACME] })],
      ['employer_open_cases'],
    ],
    [
      'closed cases against the employer do not count',
      candidate(),
      [
        existing('1', { parties: [worker('甲'), ACME] }),
        existing('2', { parties: [worker('乙'), ACME], open: false }),
      ],
      [],
    ],
  ];
  it.each(rows)('%s', (_why, c, others, expected) => expect(kinds(c, others)).toEqual(expected));

  it('uses the configured window and threshold', () => {
    const dup = [existing('1', { parties: [ZHANG, ACME], open: false })];
    expect(kinds(candidate(), dup, { duplicateWindowDays: 10, employerOpenCases: 3 })).toEqual([
      'repeat_applicant',
    ]);
    const one = [existing('1', { parties: [worker('甲'), ACME] })];
    expect(kinds(candidate(), one, { duplicateWindowDays: 30, employerOpenCases: 2 })).toEqual([
      'employer_open_cases',
    ]);
  });

  it('names the earlier case in the message', () => {
    const [w] = riskWarnings(candidate(), [existing('7', { parties: [ZHANG, ACME] })], DEFAULT_RISK_SETTINGS);
    expect(w).toMatchObject({ caseIds: ['7'] });
    expect(w?.message).toContain('案7');
    expect(w?.message).toContain('30 日内');
  });

  it('falls back to the defaults for a missing or invalid setting', () => {
    expect(riskSettingsOf(undefined)).toEqual(DEFAULT_RISK_SETTINGS);
    expect(riskSettingsOf({ duplicateWindowDays: 0, employerOpenCases: 3 })).toEqual(DEFAULT_RISK_SETTINGS);
    expect(riskSettingsOf({ duplicateWindowDays: 7, employerOpenCases: 5 })).toEqual({
      duplicateWindowDays: 7,
      employerOpenCases: 5,
    });
  });
});

describe('风险预警 dashboard', () => {
  it('lists open flagged cases, collective disputes first', () => {
    const cases = [
      existing('a', { parties: [ZHANG, ACME], receivedDate: '2026-09-10' }),
      existing('b', { parties: [ZHANG, ACME], receivedDate: '2026-09-12' }),
      existing('c', {
        isCollective: true,
        workerCount: 15,
        receivedDate: '2026-08-01',
        parties: [worker('王五'), employer('乙公司')],
      }),
      existing('d'),
      existing('e', { parties: [ZHANG, ACME], open: false, receivedDate: '2026-01-01' }),
    ];
    const rows = riskDashboard(cases, DEFAULT_RISK_SETTINGS);
    expect(rows.map((r) => r.case.id)).toEqual(['c', 'b', 'a']);
    expect(rows[1]?.warnings.map((w) => w.kind)).toEqual(['duplicate', 'repeat_applicant']);
  });
});
