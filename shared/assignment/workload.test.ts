import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { CaseForAssignment } from './case.schema';
import { sortWorkload, workloadReport } from './workload';
import { WORKLOAD_CSV_HEADER, toCsv } from './workload-csv';
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
  caseOf({
    id: 'c4',
    a: 'arb1',
    b: 'arb2',
    status: 'closed',
    acceptedOn: '2026-09-01',
    closedOn: '2026-10-10',
  }),
  caseOf({
    id: 'c5',
    a: 'arb1',
    b: 'arb2',
    status: 'archived',
    acceptedOn: '2026-08-01',
    closedOn: '2026-09-15',
  }),
  caseOf({
    id: 'c6',
    a: 'arb2',
    b: 'arb1',
    status: 'closed',
    acceptedOn: '2026-10-01',
    closedOn: '2026-10-12',
  }),
];
const leaves = [away('arb1', '2026-10-13', '2026-10-15')];

describe('workloadReport', () => {
  const report = workloadReport(staff, cases, leaves, today, cal, settingsWith());

  it('gives one row per handler with the counts of reference §4 and §6', () => {
    expect(report.map((r) => r.staffId)).toEqual(['arb1', 'arb2', 'clerk1']);
    const [arb1, arb2, clerk] = report;
    // arb1: A of c1 (collective 3) + c2 (simple 0.5 × mediation 1) + B of c3 (0.3 × 1)
    expect(arb1).toMatchObject({
      openWeighted: 3.8,
      openCount: 2,
      openAsB: 1,
      dueThisWeek: 2,
      dueSoon: 1,
      overdue: 1,
      closedThisMonth: 1,
      averageDaysToClose: 42,
      coveredAsB: 0,
      awayToday: true,
    });
    // arb2: A of c3 (1) + B of c1 (0.3 × 3); covers c1 today because arb1 is away
    expect(arb2).toMatchObject({
      openWeighted: 1.9,
      openCount: 1,
      openAsB: 1,
      coveredAsB: 1,
      averageDaysToClose: 11,
      closedThisMonth: 1,
    });
    expect(clerk).toMatchObject({
      openWeighted: 0.15,
      openCount: 0,
      openAsB: 1,
      averageDaysToClose: null,
      coveredAsB: 1,
    });
  });

  it('sorts by any field, nulls last', () => {
    expect(sortWorkload(report, 'openWeighted').map((r) => r.staffId)).toEqual(['arb1', 'arb2', 'clerk1']);
    expect(sortWorkload(report, 'openWeighted', 'asc').map((r) => r.staffId)).toEqual([
      'clerk1',
      'arb2',
      'arb1',
    ]);
    expect(sortWorkload(report, 'averageDaysToClose', 'asc').map((r) => r.staffId)).toEqual([
      'arb2',
      'arb1',
      'clerk1',
    ]);
    expect(sortWorkload(report, 'averageDaysToClose', 'desc').map((r) => r.staffId)).toEqual([
      'arb1',
      'arb2',
      'clerk1',
    ]);
  });

  it('reports dueSoon as null when the calendar lacks the year', () => {
    const late = workloadReport(staff, cases, [], '2026-12-30', cal, settingsWith());
    expect(late[0]?.dueSoon).toBeNull();
  });

  it('exports CSV with a Chinese header, a BOM and neutralised formula cells', () => {
    const csv = toCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(WORKLOAD_CSV_HEADER.join(','));
    expect(lines[0]).toContain('姓名');
    expect(lines[1]).toBe('张仲裁,3.8,2,1,2,1,1,1,42,0,是');
    expect(lines[3]).toBe("'=钱书记,0.15,0,1,0,0,0,0,,1,否"); // B of c2 while A is away
    expect(lines.at(-1)).toBe('');
    expect(toCsv([], { bom: false })).toBe(`${WORKLOAD_CSV_HEADER.join(',')}\r\n`);
    const quoted = toCsv([{ ...report[1]!, name: '李,"二"' }], { bom: false });
    expect(quoted.split('\r\n')[1]?.startsWith('"李,""二""",')).toBe(true);
  });
});
