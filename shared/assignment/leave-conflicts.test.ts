import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { CaseForAssignment } from './case.schema';
import { leaveConflicts, proposeCover } from './leave-conflicts';
import { away, caseOf, person, settingsWith } from './test-fixtures';

const staff = [
  person('arb1', ['arbitrator'], { name: '张仲裁' }),
  person('arb2', ['arbitrator'], { name: '李仲裁' }),
  person('arb3', ['arbitrator'], { name: '王仲裁' }),
  person('arb4', ['arbitrator'], { name: '陈仲裁' }),
  person('clerk1', ['clerk'], { name: '钱书记' }),
  person('far', ['arbitrator'], { name: '吴外地', officeId: 'office-2' }),
];

const cases: CaseForAssignment[] = [
  caseOf({
    id: 'c1',
    caseNumber: '仲案1号',
    a: 'arb1',
    b: 'arb2',
    deadlines: [
      { ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' }, // Friday, a working day
      { ruleId: 'X', label: '节日内期限', dueDate: '2026-10-05' }, // National Day holiday
      { ruleId: 'A8', label: '开庭通知', dueDate: '2026-10-20' }, // after the leave
    ],
  }),
  caseOf({
    id: 'c2',
    a: 'arb3',
    b: 'arb1',
    deadlines: [{ ruleId: 'A4', label: '送达申请书副本', dueDate: '2026-10-08' }],
  }),
  caseOf({ id: 'c3', a: 'arb1', deadlines: [{ ruleId: 'A2', label: '受理审查', dueDate: '2026-10-08' }] }), // no B
  caseOf({
    id: 'c4',
    a: 'arb1',
    b: 'arb2',
    status: 'closed',
    deadlines: [{ ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' }],
  }),
  caseOf({
    id: 'c5',
    a: 'arb4',
    b: 'clerk1',
    deadlines: [{ ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' }],
  }),
];

describe('leaveConflicts — entering leave warns and names the cases (reference §4)', () => {
  const newLeave = away('arb1', '2026-10-01', '2026-10-09');

  it('finds each working-day deadline on which the other one is also away', () => {
    const leaves = [away('arb2', '2026-10-09', '2026-10-10', 'business_trip'), away('arb3', '2026-10-08')];
    const found = leaveConflicts(newLeave, staff, leaves, cases, cal);
    expect(found.map((f) => [f.caseId, f.date, f.deadlineLabel, f.role, f.otherStaffId])).toEqual([
      ['c2', '2026-10-08', '送达申请书副本', 'B', 'arb3'],
      ['c3', '2026-10-08', '受理审查', 'A', null],
      ['c1', '2026-10-09', '组庭通知', 'A', 'arb2'],
    ]);
    const c1 = found[2];
    expect(c1?.caseNumber).toBe('仲案1号');
    expect(c1?.message).toContain('仲案1号');
    expect(c1?.message).toContain('张仲裁');
    expect(c1?.message).toContain('李仲裁同日出差');
    expect(found[1]?.message).toContain('本案未指定B角');
  });

  it('is silent when the other one is present, the day is off, or the deadline falls outside the leave', () => {
    expect(
      leaveConflicts(
        newLeave,
        staff,
        [],
        cases.filter((c) => c.id !== 'c3'),
        cal,
      ),
    ).toEqual([]);
    const holidayOnly = [away('arb2', '2026-10-05')];
    expect(leaveConflicts(newLeave, staff, holidayOnly, [cases[0] as CaseForAssignment], cal)).toEqual([]);
    const afterLeave = [away('arb2', '2026-10-20')];
    expect(leaveConflicts(newLeave, staff, afterLeave, [cases[0] as CaseForAssignment], cal)).toEqual([]);
  });

  it('ignores an existing copy of the leave being edited', () => {
    const edited = { ...newLeave, to: '2026-10-07' };
    const found = leaveConflicts(
      edited,
      staff,
      [newLeave, away('arb2', '2026-10-09')],
      [cases[0] as CaseForAssignment],
      cal,
    );
    expect(found).toEqual([]);
  });
});

describe('proposeCover — a temporary cover for one conflict', () => {
  const leaves = [away('arb1', '2026-10-01', '2026-10-09'), away('arb2', '2026-10-09')];
  const [conflict] = leaveConflicts(
    away('arb1', '2026-10-01', '2026-10-09'),
    staff,
    leaves,
    [cases[0] as CaseForAssignment],
    cal,
  );

  it('picks the least-loaded arbitrator of the office who is present that day and not on the case', () => {
    if (conflict === undefined) throw new Error('expected a conflict');
    const cover = proposeCover(conflict, staff, leaves, cases, [], [], settingsWith());
    // arb3 carries c2 as A (1); arb4 carries c5 as A (1); equal weight, equal B count → by name: 王 vs 陈
    expect(cover.ok).toBe(true);
    if (!cover.ok) return;
    expect(cover.alternatives.map((x) => x.staffId).sort()).toEqual(['arb3', 'arb4']);
    expect(cover.staffId).toBe(cover.alternatives[0]?.staffId);
    expect(cover.reason).toContain('2026-10-09');
    expect(cover.reason).toContain('组庭通知');
  });

  it('skips people away that day or with a recusal ground, and says so when nobody is left', () => {
    if (conflict === undefined) throw new Error('expected a conflict');
    const moreLeave = [...leaves, away('arb4', '2026-10-09')];
    const cover = proposeCover(conflict, staff, moreLeave, cases, [], [], settingsWith());
    expect(cover.ok && cover.staffId).toBe('arb3');
    const none = proposeCover(
      conflict,
      staff,
      moreLeave,
      cases,
      [{ staffId: 'arb3', partyName: '王五', relation: '近亲属' }],
      [],
      settingsWith(),
    );
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error).toContain('没有可临时代理的仲裁员');
  });
});
