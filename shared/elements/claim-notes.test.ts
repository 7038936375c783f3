// Facts the calculators do not take but that change what is owed become flags naming their element and the
// provision (reference §3.3); the amount itself is never adjusted for them.
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

// Valid, complete answers per claim, without any of the facts below.
const FACTS: Partial<Record<DisputeReason, ApplicantAnswers>> = {
  economic_compensation: {
    claimedAmountFen: 6_300_000,
    ground: 'art40',
    startDate: '2019-03-15',
    endDate: '2025-09-30',
    avgMonthlyWageFen: 900_000,
  },
  annual_leave: {
    claimedAmountFen: 240_000,
    year: 2025,
    cumulativeYears: 12,
    twelveMonths: true,
    hireDate: '2020-03-01',
    leaveDate: '2025-06-30',
    daysTaken: 1,
    avgMonthlyWageFen: 870_000,
  },
  overtime: {
    claimedAmountFen: 275_000,
    overtimePeriod: { from: '2025-01-01', to: '2025-06-30' },
    workingHoursSystem: 'standard',
    overtimeBaseFen: 870_000,
    weekdayHours: 10,
    restDayHours: 8,
    holidayHours: 8,
  },
  non_compete: {
    claimedAmountFen: 6_480_000,
    agreementExists: true,
    restrictionPeriod: { from: '2024-01-01', to: '2025-12-31' },
    complied: true,
    avgMonthlyWageFen: 900_000,
    months: 24,
  },
  double_wages: {
    claimedAmountFen: 9_900_000,
    hireDate: '2025-01-01',
    contractSigned: false,
    monthlyWageFen: 900_000,
    separationDate: '2025-12-31',
  },
};

const ROWS: ReadonlyArray<
  readonly [string, DisputeReason, ApplicantAnswers, string, ClaimFlagSeverity, string]
> = [
  [
    '合并计算工作年限',
    'economic_compensation',
    { mergedService: true },
    'mergedService',
    'info',
    '原用人单位的工作年限合并计算（《劳动合同法实施条例》第十条）',
  ],
  [
    '原单位已支付经济补偿，不再合并',
    'economic_compensation',
    { mergedService: true, priorEmployerPaid: true },
    'priorEmployerPaid',
    'info',
    '不再合并计算',
  ],
  [
    '代通知金另列',
    'economic_compensation',
    { noticePayClaimed: true },
    'noticePayClaimed',
    'info',
    '不属于经济补偿，上述核算未包含',
  ],
  [
    '未连续工作满十二个月',
    'annual_leave',
    { twelveMonths: false },
    'twelveMonths',
    'info',
    '《企业职工带薪年休假实施办法》第三条',
  ],
  ['寒暑假', 'annual_leave', { longVacation: true }, 'longVacation', 'info', '第四条第一项'],
  ['事假 20 天以上', 'annual_leave', { personalLeave20: true }, 'personalLeave20', 'info', '第四条第二项'],
  [
    '病假 3 个月（累计 12 年）',
    'annual_leave',
    { sickLeaveMonths: 3 },
    'sickLeaveMonths',
    'info',
    '累计工作 12 年、当年请病假累计 3 个月（3 个月以上）的，不享受当年的年休假',
  ],
  [
    '病假 2 个月（累计 1 年）',
    'annual_leave',
    { cumulativeYears: 1, sickLeaveMonths: 2 },
    'sickLeaveMonths',
    'info',
    '（2 个月以上）',
  ],
  [
    '病假 4 个月（累计 20 年）',
    'annual_leave',
    { cumulativeYears: 20, sickLeaveMonths: 4 },
    'sickLeaveMonths',
    'info',
    '（4 个月以上）',
  ],
  [
    '不定时工作制',
    'overtime',
    { workingHoursSystem: 'flexible' },
    'workingHoursSystem',
    'info',
    '不执行加班工资的规定',
  ],
  [
    '综合计算工时',
    'overtime',
    { workingHoursSystem: 'comprehensive' },
    'workingHoursSystem',
    'info',
    '视为延长工作时间',
  ],
  [
    '未约定竞业限制',
    'non_compete',
    { agreementExists: false },
    'agreementExists',
    'info',
    '第二十三条第二款',
  ],
  [
    '已支付的竞业限制补偿',
    'non_compete',
    { compensationPaidFen: 100_000 },
    'compensationPaidFen',
    'info',
    '已支付竞业限制补偿 1,000.00 元未在上述计算中扣减',
  ],
  [
    '原合同期满未书面续订',
    'double_wages',
    { priorContractExpiry: '2024-12-31' },
    'priorContractExpiry',
    'info',
    '原劳动合同于 2024-12-31 期满后继续用工而未以书面形式续订的',
  ],
];

// The same facts in the other direction: no flag.
const QUIET: ReadonlyArray<readonly [string, DisputeReason, ApplicantAnswers, string]> = [
  ['原单位已支付但未被安排', 'economic_compensation', { priorEmployerPaid: true }, 'priorEmployerPaid'],
  ['连续工作满十二个月', 'annual_leave', { twelveMonths: true }, 'twelveMonths'],
  ['病假 2 个月（累计 12 年，须 3 个月）', 'annual_leave', { sickLeaveMonths: 2 }, 'sickLeaveMonths'],
  ['病假但累计不满 1 年', 'annual_leave', { cumulativeYears: 0.5, sickLeaveMonths: 6 }, 'sickLeaveMonths'],
  ['标准工时', 'overtime', { workingHoursSystem: 'standard' }, 'workingHoursSystem'],
  [
    '原合同期满后已书面续订',
    'double_wages',
    { priorContractExpiry: '2024-12-31', renewedInWriting: true },
    'priorContractExpiry',
  ],
];

describe('claim notes: facts outside the calculator', () => {
  it.each(ROWS)('%s', (_name, claim, extra, key, severity, fragment) => {
    const t = load(claim);
    const answers = { ...FACTS[claim], ...extra };
    expect(validateAnswers(t, answers).ok).toBe(true);
    const withFact = checkClaim(claim, t, answers, params);
    const on = withFact.flags.filter((f) => f.key === key);
    expect(on.map((f) => f.severity)).toEqual([severity]);
    expect(on[0]?.message).toContain(fragment);
    // Reported, never applied: the amount is what the calculator gives without the fact.
    const { [key]: _fact, ...without } = answers;
    expect(withFact.computed?.amountFen).toBe(checkClaim(claim, t, without, params).computed?.amountFen);
    expect(withFact.computed).toBeDefined();
  });

  it.each(QUIET)('%s: no note', (_name, claim, extra, key) => {
    const t = load(claim);
    const answers = { ...FACTS[claim], ...extra };
    expect(validateAnswers(t, answers).ok).toBe(true);
    expect(checkClaim(claim, t, answers, params).flags.filter((f) => f.key === key)).toEqual([]);
  });
});
