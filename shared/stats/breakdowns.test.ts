import { describe, expect, it } from 'vitest';
import { byHandler, byOffice, groupedFigures, monthlyTrend } from './breakdowns';
import { DEFAULT_RATE_DEFINITIONS } from './definitions';
import { StatsRecord } from './record';
import { rec } from './test-fixtures';

const CASES = [
  rec('a', {
    acceptedDate: '2026-01-31',
    closedDate: '2026-02-01',
    outcome: 'arb_mediated',
    handlerId: 'h1',
    handlerName: '王仲裁',
  }),
  rec('b', { acceptedDate: '2026-02-10', handlerId: 'h2', handlerName: '李仲裁' }),
  rec('c', {
    acceptedDate: '2025-12-30',
    closedDate: '2026-03-05',
    outcome: 'arb_awarded',
    handlerId: 'h1',
    handlerName: '王仲裁',
  }),
  rec('d', {
    kind: 'mediation',
    receivedDate: '2026-01-03',
    closedDate: '2026-01-09',
    outcome: 'med_agreement',
    officeId: 's1',
    officeName: '城关调解委员会',
  }),
];
const P = { from: '2026-01-15', to: '2026-03-10' };

describe('breakdowns', () => {
  it('monthly trend: every month the period touches, accepted and closed by their own month', () => {
    expect(
      monthlyTrend(CASES, P).map((m) => [
        m.month,
        m.accepted.caseIds,
        m.closed.caseIds,
        m.stationMediated.caseIds,
      ]),
    ).toEqual([
      ['2026-01', ['a'], [], []],
      ['2026-02', ['b'], ['a'], []],
      ['2026-03', [], ['c'], []],
    ]);
  });

  it('per handler and per office, each group tallied like the whole period', () => {
    const handlers = groupedFigures(CASES, P, DEFAULT_RATE_DEFINITIONS, byHandler);
    expect(handlers.map((h) => [h.label, h.accepted.value, h.closed.value])).toEqual([
      ['李仲裁', 1, 0],
      ['王仲裁', 1, 2],
    ]);
    expect(handlers[1]?.rates.arbitrationClosing.value).toBe(1);
    // the station's case closed before the period, so the station has nothing to show
    expect(groupedFigures(CASES, P, DEFAULT_RATE_DEFINITIONS, byOffice).map((o) => o.label)).toEqual([
      '示例仲裁委',
    ]);
  });

  it('the record schema names the field in Chinese and fills the optional facts with null', () => {
    const ok = StatsRecord.parse(rec('x'));
    expect(ok.reviewPassed).toBeNull();
    const bad = StatsRecord.safeParse({ ...rec('x'), claimedFen: 1.5 });
    expect(bad.success ? '' : bad.error.issues[0]?.message).toBe('金额须精确到分');
  });
});
