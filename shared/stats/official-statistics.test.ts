import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_DEFINITIONS } from './definitions';
import { officialStatistics } from './official-statistics';
import type { StatsRecordInput } from './record';
import { rec } from './test-fixtures';

// A quarter with one case per situation the issue names; every expected figure below is counted by hand from
// this list (the comment on each case says where it lands).
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const CASES: StatsRecordInput[] = [
  // carried over, closed in the period by a 终局 award won by the worker, within the 审限; reviewed: 合格
  rec('A', {
    acceptedDate: '2025-12-10',
    closedDate: '2026-01-15',
    outcome: 'arb_awarded',
    finality: 'final',
    result: 'worker',
    awardedFen: 80000,
    deadlineLastDay: '2026-01-24',
    reviewPassed: true,
  }),
  // carried over and still open at the end
  rec('B', { acceptedDate: '2025-12-20' }),
  // closed before the period: nowhere
  rec('C', {
    acceptedDate: '2025-11-01',
    closedDate: '2025-12-31',
    outcome: 'arb_awarded',
    finality: 'final',
  }),
  // accepted on the first day, closed on the last by 仲裁调解, after its 审限; reviewed: 不合格
  rec('D', {
    acceptedDate: '2026-01-01',
    closedDate: '2026-03-31',
    outcome: 'arb_mediated',
    result: 'partial',
    awardedFen: 60000,
    deadlineLastDay: '2026-03-02',
    reviewPassed: false,
  }),
  // withdrawn; principal reason 解除劳动合同
  rec('E', {
    acceptedDate: '2026-02-01',
    closedDate: '2026-02-20',
    outcome: 'arb_withdrawn',
    deadlineLastDay: '2026-03-18',
    reasons: ['解除劳动合同', '劳动报酬'],
  }),
  // 视为撤回
  rec('F', {
    acceptedDate: '2026-02-05',
    closedDate: '2026-03-01',
    outcome: 'arb_deemed_withdrawn',
    deadlineLastDay: '2026-03-22',
  }),
  // 不予受理: never accepted, so neither 受理 nor 结案
  rec('G', { receivedDate: '2026-01-05', closedDate: '2026-01-10', outcome: 'arb_not_accepted' }),
  // station mediation, agreement reached: 案外调解
  rec('H', {
    kind: 'mediation',
    receivedDate: '2026-01-05',
    closedDate: '2026-01-20',
    outcome: 'med_agreement',
  }),
  // station mediation received in the period, closed after it
  rec('I', {
    kind: 'mediation',
    receivedDate: '2026-03-25',
    closedDate: '2026-04-02',
    outcome: 'med_failed',
  }),
  // collective dispute, 12 workers, claimed 12,000.00, open at the end
  rec('J', { acceptedDate: '2026-03-01', isCollective: true, workerCount: 12, claimedFen: 1200000 }),
  // 部分终局 award (mixed), reason 社会保险; reviewed: 合格
  rec('K', {
    acceptedDate: '2026-01-10',
    closedDate: '2026-02-20',
    outcome: 'arb_awarded',
    finality: 'mixed',
    result: 'partial',
    awardedFen: 500000,
    deadlineLastDay: '2026-02-24',
    reasons: ['社会保险'],
    reviewPassed: true,
  }),
  // 审限 45 days to 02-19 extended by 15 to 03-06, closed on that last day: on time. Employer applied; no reason
  rec('L', {
    acceptedDate: '2026-01-05',
    closedDate: '2026-03-06',
    outcome: 'arb_awarded',
    finality: 'non_final',
    result: 'employer',
    awardedFen: 0,
    deadlineLastDay: '2026-03-06',
    workerApplicant: false,
    reasons: [],
  }),
  // accepted after the period: nowhere
  rec('M', { acceptedDate: '2026-04-01' }),
  // accepted the day before the period, closed on its first day by 仲裁调解: carried over and closed
  rec('N', {
    acceptedDate: '2025-12-31',
    closedDate: '2026-01-01',
    outcome: 'arb_mediated',
    result: 'partial',
    awardedFen: 50000,
    deadlineLastDay: '2026-02-14',
  }),
];

const s = officialStatistics(CASES, Q1);
const ids = (f: { caseIds: readonly string[] }) => [...f.caseIds].sort();

describe('officialStatistics: the table on hand-counted cases', () => {
  it.each([
    ['上期未结案件数', s.table.carriedOver, ['A', 'B', 'N']],
    ['本期受理', s.table.accepted, ['D', 'E', 'F', 'J', 'K', 'L']],
    ['其中集体争议', s.table.acceptedCollective, ['J']],
    ['其中劳动者申诉', s.table.acceptedWorkerApplicant, ['D', 'E', 'F', 'J', 'K']],
    ['劳动报酬', s.table.byReason.劳动报酬, ['D', 'F', 'J']],
    ['社会保险', s.table.byReason.社会保险, ['K']],
    ['解除劳动合同', s.table.byReason.解除劳动合同, ['E']],
    ['变更劳动合同', s.table.byReason.变更劳动合同, []],
    ['终止劳动合同', s.table.byReason.终止劳动合同, []],
    ['其他', s.table.byReason.其他, ['L']],
    ['结案', s.table.closed, ['A', 'D', 'E', 'F', 'K', 'L', 'N']],
    ['仲裁调解', s.table.closedByMethod.mediation, ['D', 'N']],
    ['仲裁裁决', s.table.closedByMethod.award, ['A', 'K', 'L']],
    ['其他方式', s.table.closedByMethod.other, ['E', 'F']],
    ['用人单位胜诉', s.table.closedByResult.employer, ['L']],
    ['劳动者胜诉', s.table.closedByResult.worker, ['A']],
    ['双方部分胜诉', s.table.closedByResult.partial, ['D', 'K', 'N']],
    ['未标明结果', s.table.closedByResult.unspecified, ['E', 'F']],
    ['期末未结', s.table.openAtEnd, ['B', 'J']],
    ['案外调解受理', s.table.stationReceived, ['H', 'I']],
    ['案外调解办结', s.table.stationClosed, ['H']],
    ['案外调解成功', s.table.stationMediated, ['H']],
    ['未受理即结束', s.table.unacceptedClosed, ['G']],
  ])('%s', (_label, figure, expected) => {
    expect(ids(figure)).toEqual(expected);
    expect(figure.value).toBe(expected.length);
  });

  it('劳动者当事人数 counts people: 5 single workers + 12 in the collective case', () => {
    expect(s.table.workers.value).toBe(17);
    expect(s.table.workersCollective).toEqual({ value: 12, caseIds: ['J'] });
  });

  it('涉案金额: claimed in accepted cases, awarded in the awards closed (a 调解书 records no amount)', () => {
    expect(s.amounts.claimedFen.value).toBe(5 * 100000 + 1200000);
    expect(s.amounts.awardedFen.value).toBe(80000 + 500000 + 0);
    expect([...s.amounts.awardedFen.caseIds].sort()).toEqual(['A', 'K', 'L']);
  });

  it('平均结案天数: 36 + 89 + 19 + 24 + 41 + 60 + 1 = 270 days over 7 cases', () => {
    expect(s.averageDaysToClose.totalDays).toBe(270);
    expect(s.averageDaysToClose.value).toBeCloseTo(270 / 7, 10);
  });
});

describe('officialStatistics: the rates under the default definitions', () => {
  it.each([
    ['mediationSuccess', ['D', 'H', 'N'], 8], // (仲裁调解 D,N + 调解组织 H) ÷ (结案 7 + 调解组织办结 1)
    ['arbitrationClosing', ['A', 'D', 'E', 'F', 'K', 'L', 'N'], 9], // ÷ (上期未结 3 + 受理 6)
    ['onTimeClosing', ['A', 'E', 'F', 'K', 'L', 'N'], 7], // D closed after its 审限; L on its extended last day
    ['mediationClosing', ['D', 'N'], 7],
    ['awardClosing', ['A', 'K', 'L'], 7],
    ['withdrawal', ['E', 'F'], 7], // 撤回 + 视为撤回
    ['finalAward', ['A'], 3], // the mixed award K is not 终局 by default
    ['reviewPass', ['A', 'K'], 3],
  ] as const)('%s', (id, numerator, denominator) => {
    const r = s.rates[id];
    expect(ids(r.numerator)).toEqual(numerator);
    expect(r.denominator.value).toBe(denominator);
    expect(r.value).toBeCloseTo(numerator.length / denominator, 12);
    expect(r.citation).toBe(DEFAULT_RATE_DEFINITIONS[id].citation);
  });

  it('targets: 调解成功率 ≥ 70 %, 仲裁结案率 ≥ 95 %', () => {
    expect(s.rates.mediationSuccess.target).toBe(70);
    expect(s.rates.arbitrationClosing.target).toBe(95);
  });

  it('a changed definition changes the figure: 结案 ÷ 受理, and mixed awards counted as 终局', () => {
    const local = officialStatistics(CASES, {
      ...Q1,
      definitions: {
        ...DEFAULT_RATE_DEFINITIONS,
        arbitrationClosing: { ...DEFAULT_RATE_DEFINITIONS.arbitrationClosing, denominator: ['accepted'] },
        finalAward: { ...DEFAULT_RATE_DEFINITIONS.finalAward, numerator: ['awardFinal', 'awardMixed'] },
      },
    });
    expect(local.rates.arbitrationClosing.value).toBeCloseTo(7 / 6, 12);
    expect(ids(local.rates.finalAward.numerator)).toEqual(['A', 'K']);
  });

  it('a closed case without a known 审限 (a historical import) is not on time, and is listed apart', () => {
    const imported = rec('X', {
      acceptedDate: '2026-01-05',
      closedDate: '2026-01-20',
      outcome: 'arb_awarded',
    });
    const r = officialStatistics([...CASES, imported], Q1);
    expect(r.measures.closedLimitUnknown.caseIds).toEqual(['X']);
    expect(r.rates.onTimeClosing.numerator.value).toBe(6);
    expect(r.rates.onTimeClosing.denominator.value).toBe(8);
  });

  it('an empty denominator gives no value rather than 0 % or NaN', () => {
    expect(officialStatistics([], Q1).rates.mediationSuccess.value).toBeNull();
  });
});

describe('officialStatistics: period boundaries', () => {
  it('a single day counts what happened on that day', () => {
    const day = officialStatistics(CASES, { from: '2026-03-31', to: '2026-03-31' });
    expect(ids(day.table.closed)).toEqual(['D']);
    expect(ids(day.table.accepted)).toEqual([]);
    // accepted earlier and not closed before that day: B and J open, D closed on it
    expect(ids(day.table.carriedOver)).toEqual(['B', 'D', 'J']);
  });

  it('refuses a reversed period with a Chinese message naming the field', () => {
    expect(() => officialStatistics([], { from: '2026-02-01', to: '2026-01-01' })).toThrow(
      /统计期间结束日期/u,
    );
    expect(() => officialStatistics([], { from: '2026-02-30', to: '2026-03-01' })).toThrow(/开始日期/u);
  });
});
