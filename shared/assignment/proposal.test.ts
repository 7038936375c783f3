import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { CaseForAssignment } from './case.schema';
import { proposeAssignment } from './proposal';
import type { StaffMember } from './staff.schema';
import { away, caseOf, person, settingsWith } from './test-fixtures';

const today = '2026-09-30';
const staff: StaffMember[] = [
  person('arb1', ['arbitrator'], { name: '张仲裁' }),
  person('arb2', ['arbitrator'], { name: '李仲裁' }),
  person('arb3', ['arbitrator'], { name: '王仲裁' }),
  person('clerk1', ['clerk'], { name: '钱书记' }),
  person('dir1', ['director', 'arbitrator'], { name: '孙主任' }),
];
const open = (id: string, a: string, b: string, extra: Partial<CaseForAssignment> = {}) =>
  caseOf({ id, a, b, parties: [{ name: `申请人${id}` }], ...extra });

const propose = (
  c: CaseForAssignment,
  people: StaffMember[],
  openCases: CaseForAssignment[],
  leaves = [] as ReturnType<typeof away>[],
) => proposeAssignment(c, people, leaves, [], openCases, [], settingsWith(), cal, today);

describe('proposeAssignment — examples', () => {
  const loads = [
    open('o1', 'arb1', 'arb2', { isCollective: true }), // arb1 3, arb2 0.9
    open('o2', 'arb2', 'clerk1'), // arb2 +1
    open('o3', 'dir1', 'clerk1', { isSimple: true }), // dir1 0.5, clerk1 0.3 + 0.15
  ];

  it('picks the least-loaded A and B, and says why in Chinese', () => {
    const p = propose(caseOf(), staff, loads);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    // arb3 0 < dir1 0.5 < arb2 1.9 < arb1 3; B: clerk1 0.45 < dir1 0.5
    expect([p.a, p.b]).toEqual(['arb3', 'clerk1']);
    expect(p.reason).toContain('A角王仲裁（加权 0；承办 0 件、协办 0 件）');
    expect(p.reason).toContain('在办加权工作量最低（次低为孙主任（加权 0.5；承办 1 件、协办 0 件））');
    expect(p.reason).toContain('B角钱书记');
    expect(p.warnings.map((w) => w.code)).toEqual(['B_CANNOT_SIGN_AWARD']);
    expect(p.alternatives.asA.map((x) => x.staffId)).toEqual(['arb3', 'dir1', 'arb2', 'arb1']);
    expect(p.alternatives.asB.map((x) => x.staffId)).toEqual(['clerk1', 'dir1', 'arb2', 'arb1']);
  });

  it('breaks ties by fewer cases as B, then by name (code-point order), then by id', () => {
    // 王 (U+738B) sorts before 陈 (U+9648)
    const people = [
      person('p1', ['arbitrator'], { name: '陈' }),
      person('p2', ['arbitrator'], { name: '王' }),
      person('p3', ['arbitrator'], { name: '王' }),
    ];
    const first = propose(caseOf(), people, []);
    expect(first.ok && [first.a, first.b]).toEqual(['p2', 'p3']);
    if (first.ok) expect(first.reason).toContain('按编号排序在前');

    // Equal weighted load 0.5 (B share 0.5): p3 as A of a simple case, p2 as B of an ordinary one → p3 has fewer B.
    const settings = settingsWith({
      weights: { base: 1, collective: 3, simple: 0.5, mediation: 1, asB: 0.5 },
    });
    const tied = [open('t1', 'p3', 'p1', { isSimple: true }), open('t2', 'p1', 'p2')]; // p1 1.25, p2 0.5, p3 0.5
    const p = proposeAssignment(caseOf(), people, [], [], tied, [], settings, cal, today);
    expect(p.ok && p.a).toBe('p3');
    if (p.ok) expect(p.reason).toContain('与王加权工作量相同，协办案件较少');

    // Equal load and B count, different names: 王 before 陈 although p1 < p2.
    const byName = [open('n1', 'p3', 'p2'), open('n2', 'p2', 'p3')]; // p2 1.3, p3 1.3, p1 0
    const q = propose(caseOf(), [people[0]!, people[1]!], []);
    expect(q.ok && q.a).toBe('p2');
    if (q.ok) expect(q.reason).toContain('按姓名排序在前');
    const r = propose(caseOf(), people, byName);
    expect(r.ok && [r.a, r.b]).toEqual(['p1', 'p2']);
  });

  it('leaves out people on leave today and an A away on a working-day deadline', () => {
    const c = caseOf({ deadlines: [{ ruleId: 'A2', label: '受理审查', dueDate: '2026-10-09' }] });
    const leaves = [away('arb3', '2026-09-30'), away('dir1', '2026-10-09', '2026-10-09', 'training')];
    const p = propose(c, staff, loads, leaves);
    expect(p.ok && p.a).toBe('arb2');
    // dir1 may still be B: A is present on the deadline day
    expect(p.ok && p.alternatives.asB.map((x) => x.staffId)).toContain('dir1');
  });

  it('explains in Chinese why no pair exists', () => {
    const lonely = [
      person('arb1', ['arbitrator'], { name: '张仲裁' }),
      person('dir', ['director'], { name: '孙主任' }),
    ];
    const p = propose(caseOf(), lonely, []);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatch(/^无法指定B角/);

    const noA = [
      person('med', ['mediator'], { name: '赵调解' }),
      person('clerk', ['clerk'], { name: '钱书记' }),
    ];
    const q = propose(caseOf(), noA, []);
    expect(q.ok).toBe(false);
    if (!q.ok) {
      expect(q.error).toContain('无法指定A角：本案须由仲裁员承办');
      expect(q.error).toContain('赵调解');
      expect(q.excluded.map((e) => e.staffId)).toEqual(['med', 'clerk']);
    }

    const onLeave = proposeAssignment(
      caseOf(),
      lonely,
      [away('arb1', '2026-09-28', '2026-10-02')],
      [],
      [],
      [],
      settingsWith(),
      cal,
      today,
    );
    expect(!onLeave.ok && onLeave.error).toContain('张仲裁今日请假（2026-09-28 至 2026-10-02）');
    expect(propose(caseOf(), [], []).ok).toBe(false);
  });

  it('a person with a recusal ground is neither A nor B; a B away on a deadline day is fine while A is present', () => {
    const people = [
      person('a1', ['arbitrator'], { name: '甲' }),
      person('a2', ['arbitrator'], { name: '乙' }),
      person('c1', ['clerk'], { name: '丙' }),
    ];
    const c = caseOf({ deadlines: [{ ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' }] });
    const rels = [{ staffId: 'a2', partyName: '王五', relation: '近亲属' }];
    const p = proposeAssignment(
      c,
      people,
      [away('c1', '2026-10-09')],
      rels,
      [],
      [],
      settingsWith(),
      cal,
      today,
    );
    expect(p.ok && [p.a, p.b]).toEqual(['a1', 'c1']);
    expect(p.ok && p.alternatives.asA.map((x) => x.staffId)).toEqual(['a1']);
  });

  it('skips the case itself among the open cases and checks open cases for the same parties', () => {
    const c = caseOf({ id: 'me', a: 'arb1', b: 'arb2' });
    const same = open('old', 'arb3', 'clerk1', { parties: caseOf().parties });
    const settings = settingsWith({ recuseSameParties: true });
    const p = proposeAssignment(c, staff, [], [], [c, same], [], settings, cal, today);
    expect(p.ok && p.a).not.toBe('arb3');
    expect(p.ok && p.b).not.toBe('clerk1');
  });
});
