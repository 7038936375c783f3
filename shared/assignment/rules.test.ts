import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { CaseForAssignment, HandledCase } from './case.schema';
import { checkAssignment } from './rules';
import type { Relationship, Leave, StaffMember } from './staff.schema';
import { away, caseOf, person, settingsWith } from './test-fixtures';

const staff: StaffMember[] = [
  person('arb1', ['arbitrator'], { name: '张仲裁' }),
  person('arb2', ['arbitrator'], { name: '李仲裁' }),
  person('med1', ['mediator'], { name: '赵调解' }),
  person('clerk1', ['clerk'], { name: '钱书记' }),
  person('dir1', ['director'], { name: '孙主任' }),
  person('gone', ['arbitrator'], { name: '周离职', active: false }),
  person('far', ['arbitrator'], { name: '吴外地', officeId: 'office-2' }),
];

// 2026-10-09 (Friday) is a working day; 2026-10-03 falls in the National Day holiday (reference §8).
const deadlines = [
  { ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' },
  { ruleId: 'X', label: '节日内期限', dueDate: '2026-10-03' },
];

interface Row {
  name: string;
  a: string;
  b: string;
  c?: Partial<CaseForAssignment>;
  leaves?: Leave[];
  relationships?: Relationship[];
  history?: HandledCase[];
  recuseSameParties?: boolean;
  violations: string[];
  warnings?: string[];
  mentions?: string[];
}

const rel = (staffId: string, r: Partial<Relationship>): Relationship => ({
  staffId,
  relation: '配偶',
  ...r,
});

const rows: Row[] = [
  { name: 'a valid arbitration pair', a: 'arb1', b: 'arb2', violations: [] },
  {
    name: 'A and B the same person',
    a: 'arb1',
    b: 'arb1',
    violations: ['SAME_PERSON'],
    mentions: ['张仲裁'],
  },
  { name: 'unknown staff', a: 'nobody', b: 'arb2', violations: ['UNKNOWN_STAFF'] },
  { name: 'inactive A', a: 'gone', b: 'arb2', violations: ['INACTIVE'], mentions: ['A角周离职'] },
  { name: 'inactive B', a: 'arb1', b: 'gone', violations: ['INACTIVE'], mentions: ['B角周离职'] },
  { name: 'A from another office', a: 'far', b: 'arb2', violations: ['OTHER_OFFICE'], mentions: ['吴外地'] },
  { name: 'B from another office', a: 'arb1', b: 'far', violations: ['OTHER_OFFICE'] },
  {
    name: 'mediator as A of an arbitration case',
    a: 'med1',
    b: 'arb2',
    violations: ['A_ROLE'],
    mentions: ['第三十一条'],
  },
  { name: 'clerk as A of an arbitration case', a: 'clerk1', b: 'arb2', violations: ['A_ROLE'] },
  {
    name: 'mediator as A of a mediation case',
    a: 'med1',
    b: 'clerk1',
    c: { kind: 'mediation' },
    violations: [],
    warnings: ['B_CANNOT_PRESIDE'],
  },
  {
    name: 'arbitrator as A of a mediation case',
    a: 'arb1',
    b: 'med1',
    c: { kind: 'mediation' },
    violations: [],
  },
  {
    name: 'clerk as A of a mediation case',
    a: 'clerk1',
    b: 'med1',
    c: { kind: 'mediation' },
    violations: ['A_ROLE'],
  },
  {
    name: 'clerk as B: a warning only',
    a: 'arb1',
    b: 'clerk1',
    violations: [],
    warnings: ['B_CANNOT_SIGN_AWARD'],
    mentions: ['钱书记', '裁决书'],
  },
  {
    name: 'mediator as B of an arbitration case: a warning',
    a: 'arb1',
    b: 'med1',
    violations: [],
    warnings: ['B_CANNOT_SIGN_AWARD'],
  },
  {
    name: 'director (no handling role) as B',
    a: 'arb1',
    b: 'dir1',
    violations: ['B_ROLE'],
    mentions: ['孙主任'],
  },
  {
    name: 'A related to the worker by ID number',
    a: 'arb1',
    b: 'arb2',
    relationships: [rel('arb1', { idNumber: '11010519491231002x' })],
    violations: ['RELATIONSHIP'],
    mentions: ['张仲裁', '王五', '配偶', '第三十三条'],
  },
  {
    name: 'B related to the employer by credit code',
    a: 'arb1',
    b: 'arb2',
    relationships: [rel('arb2', { creditCode: '91350100M000100Y43', relation: '曾任法律顾问' })],
    violations: ['RELATIONSHIP'],
    mentions: ['李仲裁', '某某科技有限公司'],
  },
  {
    name: 'relationship by exact name when no code is given',
    a: 'arb1',
    b: 'arb2',
    relationships: [rel('arb1', { partyName: '某某科技有限公司' })],
    violations: ['RELATIONSHIP'],
  },
  {
    name: 'a different ID number with the same name does not match',
    a: 'arb1',
    b: 'arb2',
    relationships: [rel('arb1', { idNumber: '110105194912310037', partyName: '王五' })],
    violations: [],
  },
  {
    name: 'name only matches a party recorded without an ID number',
    a: 'arb1',
    b: 'arb2',
    c: { parties: [{ name: '王五' }, { name: '某公司' }] },
    relationships: [rel('arb1', { idNumber: '11010519491231002X', partyName: '王五' })],
    violations: ['RELATIONSHIP'],
  },
  {
    name: 'a relationship with an agent counts',
    a: 'arb1',
    b: 'arb2',
    c: { parties: [...caseOf().parties, { name: '刘律师', role: 'agent' }] },
    relationships: [rel('arb2', { partyName: '刘律师', relation: '近亲属' })],
    violations: ['RELATIONSHIP'],
  },
  {
    name: "someone else's relationship does not count",
    a: 'arb1',
    b: 'arb2',
    relationships: [rel('med1', { partyName: '王五' })],
    violations: [],
  },
  {
    name: 'earlier case with the same parties, setting on',
    a: 'arb1',
    b: 'arb2',
    recuseSameParties: true,
    history: [
      {
        id: 'old',
        a: 'arb1',
        b: 'med1',
        parties: [
          { name: '王五', idNumber: '11010519491231002X' },
          { name: '某某科技有限公司（旧名）', creditCode: '91350100M000100Y43' },
        ],
      },
    ],
    violations: ['SAME_PARTIES_HANDLED'],
    mentions: ['张仲裁', 'old'],
  },
  {
    name: 'earlier case with the same parties, setting off',
    a: 'arb1',
    b: 'arb2',
    recuseSameParties: false,
    history: [{ id: 'old', a: 'arb1', parties: caseOf().parties }],
    violations: [],
  },
  {
    name: 'earlier case sharing only the employer is not the same parties',
    a: 'arb1',
    b: 'arb2',
    recuseSameParties: true,
    history: [
      { id: 'old', b: 'arb1', parties: [{ name: '赵六' }, { name: 'x', creditCode: '91350100M000100Y43' }] },
    ],
    violations: [],
  },
  {
    name: 'earlier case where B was B',
    a: 'arb1',
    b: 'arb2',
    recuseSameParties: true,
    history: [{ id: 'old', a: 'med1', b: 'arb2', parties: caseOf().parties }],
    violations: ['SAME_PARTIES_HANDLED'],
    mentions: ['李仲裁'],
  },
  {
    name: 'both away on a working day a deadline falls on',
    a: 'arb1',
    b: 'arb2',
    c: { deadlines },
    leaves: [away('arb1', '2026-10-08', '2026-10-09'), away('arb2', '2026-10-09', '2026-10-12', 'training')],
    violations: ['BOTH_AWAY_ON_DEADLINE'],
    mentions: ['2026-10-09', '组庭通知', '张仲裁', '李仲裁'],
  },
  {
    name: 'both away only on a holiday deadline',
    a: 'arb1',
    b: 'arb2',
    c: { deadlines },
    leaves: [away('arb1', '2026-10-01', '2026-10-07'), away('arb2', '2026-10-02', '2026-10-05')],
    violations: [],
  },
  {
    name: 'A away on the deadline, B present',
    a: 'arb1',
    b: 'arb2',
    c: { deadlines },
    leaves: [away('arb1', '2026-10-09')],
    violations: [],
  },
  {
    name: 'both away on days without a deadline',
    a: 'arb1',
    b: 'arb2',
    c: { deadlines },
    leaves: [away('arb1', '2026-10-12'), away('arb2', '2026-10-12')],
    violations: [],
  },
  {
    name: 'several violations at once',
    a: 'gone',
    b: 'dir1',
    c: { deadlines },
    relationships: [rel('dir1', { partyName: '王五' })],
    violations: ['INACTIVE', 'B_ROLE', 'RELATIONSHIP'],
  },
];

describe('checkAssignment — one row per rule (reference §4, §1.3 A6a)', () => {
  it.each(rows)('$name', (row) => {
    const result = checkAssignment(
      caseOf(row.c),
      row.a,
      row.b,
      staff,
      row.leaves ?? [],
      row.relationships ?? [],
      row.history ?? [],
      settingsWith({ recuseSameParties: row.recuseSameParties ?? false }),
      cal,
    );
    expect(result.violations.map((v) => v.code).sort()).toEqual([...row.violations].sort());
    expect(result.warnings.map((w) => w.code)).toEqual(row.warnings ?? []);
    const text = [...result.violations, ...result.warnings].map((v) => v.message).join('\n');
    for (const m of row.mentions ?? []) expect(text).toContain(m);
  });

  it('a deadline in a year without holiday data counts as a working day and warns', () => {
    const result = checkAssignment(
      caseOf({ deadlines: [{ ruleId: 'A13', label: '审限', dueDate: '2027-01-06' }] }),
      'arb1',
      'arb2',
      staff,
      [away('arb1', '2027-01-06'), away('arb2', '2027-01-06')],
      [],
      [],
      settingsWith(),
      cal,
    );
    expect(result.violations.map((v) => v.code)).toEqual(['BOTH_AWAY_ON_DEADLINE']);
    expect(result.warnings.map((w) => w.code)).toEqual(['CALENDAR_GAP']);
    expect(result.warnings[0]?.message).toContain('2027-01-06');
  });
});
