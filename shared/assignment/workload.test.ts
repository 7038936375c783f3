import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { CaseForAssignment } from './case.schema';
import { sortWorkload, workloadReport, type CreditedClosure, type WorkloadRow } from './workload';
import { workloadExportHeader, workloadExportRows } from './workload-export';
import { workloadFieldPeriod } from './workload-periods';
import { away, caseOf, person, settingsWith } from './test-fixtures';

const staff = [
  person('arb1', ['arbitrator'], { name: '张仲裁' }),
  person('arb2', ['arbitrator'], { name: '李仲裁' }),
  person('clerk1', ['clerk'], { name: '=钱书记' }),
  person('dir1', ['director'], { name: '孙主任' }),
];
// Today is Wednesday 2026-10-14; this week ends Sunday 10-18; 2 working days ahead is Friday 10-16.
const today = '2026-10-14';
const cases: CaseForAssignment[] = [
  caseOf({
    id: 'c1',
    a: 'arb1',
    b: 'arb2',
    isCollective: true,
    deadlines: [
      { ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-13' }, // overdue
      { ruleId: 'A8', label: '开庭通知', dueDate: '2026-10-16' }, // this week, soon
      { ruleId: 'X', label: '某期限', dueDate: '2026-10-18' }, // this week (Sunday), not soon
      { ruleId: 'A13', label: '审限', dueDate: '2026-10-19' }, // next week
    ],
  }),
  caseOf({ id: 'c2', a: 'arb1', b: 'clerk1', isSimple: true, kind: 'mediation' }),
  caseOf({ id: 'c3', a: 'arb2', b: 'arb1' }),
  // A closed case keeps its A角 (clerk1 recorded 受理 long ago); closures no longer count for the A角.
  caseOf({ id: 'k1', a: 'clerk1', b: 'arb2', status: 'closed' }),
];
// Closures, each credited to whoever decided it (closure-credit.ts).
const closures: CreditedClosure[] = [
  // A panel: arb1 presiding, arb2 and the director as members — 39 days.
  {
    caseId: 'k1',
    acceptedOn: '2026-09-01',
    closedOn: '2026-10-10',
    deciders: ['arb1', 'arb2', 'dir1'],
    presidingId: 'arb1',
  },
  // arb1 alone (独任) — 45 days.
  {
    caseId: 'k2',
    acceptedOn: '2026-08-01',
    closedOn: '2026-09-15',
    deciders: ['arb1'],
    presidingId: 'arb1',
  },
  // Withdrawn before a tribunal sat, allowed by arb2 — 11 days.
  { caseId: 'k3', acceptedOn: '2026-10-01', closedOn: '2026-10-12', deciders: ['arb2'], presidingId: null },
  // Last year: outside the default period.
  {
    caseId: 'k4',
    acceptedOn: '2025-11-01',
    closedOn: '2025-12-20',
    deciders: ['arb1'],
    presidingId: 'arb1',
  },
];
const leaves = [away('arb1', '2026-10-13', '2026-10-15')];
const ids = (rows: readonly WorkloadRow[]) => rows.map((r) => r.staffId);

describe('workloadReport', () => {
  const report = workloadReport(staff, cases, closures, leaves, today, cal, settingsWith());
  const row = (id: string) => report.rows.find((r) => r.staffId === id);

  it('says which days each figure covers: snapshots today, closures this year by default', () => {
    expect(report.periods).toEqual({
      today: '2026-10-14',
      weekEnd: '2026-10-18',
      soonUntil: '2026-10-16',
      from: '2026-01-01',
      to: '2026-10-14',
    });
  });

  it('gives one row per handler and per person credited with a closure, with the counts of §4 and §6', () => {
    expect(ids(report.rows)).toEqual(['arb1', 'arb2', 'clerk1', 'dir1']);
    // arb1: A of c1 (collective 3) + c2 (simple 0.5 × mediation 1) + B of c3 (0.3 × 1); presided k1, sole in k2
    expect(row('arb1')).toMatchObject({
      openWeighted: 3.8,
      openCount: 2,
      openAsB: 1,
      dueThisWeek: 2,
      dueSoon: 1,
      overdue: 1,
      closedInPeriod: 2,
      closedAsPresiding: 2,
      averageDaysToClose: 42,
      coveredAsB: 0,
      awayToday: true,
    });
    // arb2: A of c3 (1) + B of c1 (0.3 × 3); covers c1 today because arb1 is away; sat on k1, allowed k3
    expect(row('arb2')).toMatchObject({
      openWeighted: 1.9,
      openCount: 1,
      openAsB: 1,
      coveredAsB: 1,
      closedInPeriod: 2,
      closedAsPresiding: 0,
      averageDaysToClose: 25,
    });
    // clerk1 is k1's A角 but decided nothing: no closure, no average.
    expect(row('clerk1')).toMatchObject({
      openWeighted: 0.15,
      openCount: 0,
      openAsB: 1,
      closedInPeriod: 0,
      averageDaysToClose: null,
      coveredAsB: 1,
    });
    expect(row('dir1')).toMatchObject({ closedInPeriod: 1, closedAsPresiding: 0, openCount: 0 });
  });

  it('counts the closures of the period asked for only', () => {
    const october = workloadReport(staff, cases, closures, leaves, today, cal, settingsWith(), {
      from: '2026-10-01',
      to: '2026-10-14',
    });
    expect(october.periods).toMatchObject({ from: '2026-10-01', to: '2026-10-14' });
    expect(october.rows.find((r) => r.staffId === 'arb1')).toMatchObject({
      closedInPeriod: 1,
      averageDaysToClose: 39,
    });
    const lastYear = workloadReport(staff, cases, closures, leaves, today, cal, settingsWith(), {
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(lastYear.rows.map((r) => [r.staffId, r.closedInPeriod])).toEqual([
      ['arb1', 1],
      ['arb2', 0],
      ['clerk1', 0],
    ]);
  });

  it('sorts by any field, nulls last', () => {
    expect(ids(sortWorkload(report.rows, 'openWeighted'))).toEqual(['arb1', 'arb2', 'clerk1', 'dir1']);
    expect(ids(sortWorkload(report.rows, 'openWeighted', 'asc'))).toEqual(['dir1', 'clerk1', 'arb2', 'arb1']);
    expect(ids(sortWorkload(report.rows, 'averageDaysToClose', 'asc'))).toEqual([
      'arb2',
      'dir1',
      'arb1',
      'clerk1',
    ]);
    expect(ids(sortWorkload(report.rows, 'averageDaysToClose', 'desc'))).toEqual([
      'arb1',
      'dir1',
      'arb2',
      'clerk1',
    ]);
  });

  it('reports dueSoon as null when the calendar lacks the year, and says so in its period', () => {
    const late = workloadReport(staff, cases, [], [], '2026-12-30', cal, settingsWith());
    expect(late.rows[0]?.dueSoon).toBeNull();
    expect(late.periods.soonUntil).toBeNull();
    expect(workloadFieldPeriod('dueSoon', late.periods)).toContain('缺年度数据');
  });

  it('exports rows whose every header names its period; yes/no as 是/否, a missing figure empty', () => {
    expect(workloadExportHeader(report)).toEqual([
      '姓名',
      '在办加权工作量（截至 2026-10-14）',
      '承办在办案件数（截至 2026-10-14）',
      '协办在办案件数（截至 2026-10-14）',
      '本周到期期限（2026-10-14 至 2026-10-18）',
      '临近期限（2026-10-14 至 2026-10-16）',
      '已逾期期限（截至 2026-10-14）',
      '结案数（按作出裁决或调解的仲裁员计）（2026-01-01 至 2026-10-14）',
      '其中任首席或独任仲裁员（2026-01-01 至 2026-10-14）',
      '平均结案天数（2026-01-01 至 2026-10-14）',
      '今日代A角办理（2026-10-14）',
      '今日不在岗（2026-10-14）',
    ]);
    const rows = workloadExportRows(report);
    expect(rows[0]).toEqual(['张仲裁', 3.8, 2, 1, 2, 1, 1, 2, 2, 42, 0, '是']);
    // a name starting with = stays text (exceljs writes it as a string, never a formula)
    expect(rows[2]).toEqual(['=钱书记', 0.15, 0, 1, 0, 0, 0, 0, 0, null, 1, '否']); // B of c2 while A is away
    expect(workloadExportRows({ ...report, rows: [] })).toEqual([]);
  });
});
