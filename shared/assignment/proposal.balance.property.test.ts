import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { officialCalendar as cal } from '../calendar';
import { STAFF_ROLE_CODES } from '../domain/reference-data';
import type { AssignmentParty, CaseForAssignment } from './case.schema';
import { loadOf } from './load';
import { proposeAssignment } from './proposal';
import { canBeA, canBeB } from './rules';
import { DEFAULT_ASSIGNMENT_SETTINGS } from './settings.schema';
import type { AssignmentSettings } from './settings.schema';
import type { StaffMember } from './staff.schema';

// Balance of the proposal over random staff (1–12 people, random roles, offices and activity) and random case
// streams, without leave or recusal (reference §4: workload decides who takes the next case).

const PARTIES: AssignmentParty[][] = [
  [{ name: '王五', idNumber: '11010519491231002X' }, { name: '某某科技有限公司' }],
  [{ name: '赵六' }],
];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静'];

const staffArb = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      roles: fc.subarray([...STAFF_ROLE_CODES], { minLength: 1 }),
      officeId: fc.constantFrom('o1', 'o2'), // moved into one office below
      active: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), // four in five active
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => rows.map((r, i): StaffMember => ({ id: `s${i}`, ...r })));

const partiesArb = fc.constantFrom(...PARTIES);

describe('proposeAssignment — balance over a stream of cases', () => {
  // With every weight 1 including the B share, a person's load is their number of open cases (as A or B); with a
  // B share of 0 it is their number of cases as A. Either way the greedy choice keeps eligible As within one case.
  // (With a share strictly between, B work legitimately holds someone back from new A cases, so A counts may
  // drift by more than one — that is the point of counting B work.)
  const balanced = (asB: 0 | 1) => () => {
    const settings: AssignmentSettings = {
      ...DEFAULT_ASSIGNMENT_SETTINGS,
      weights: { base: 1, collective: 1, simple: 1, mediation: 1, asB },
    };
    fc.assert(
      fc.property(
        staffArb,
        fc.constantFrom('mediation', 'arbitration' as const),
        fc.array(fc.tuple(fc.boolean(), fc.boolean(), partiesArb), { minLength: 1, maxLength: 40 }),
        (staff, kind, stream) => {
          const office = staff.map((s) => ({ ...s, officeId: 'o1' }));
          const eligibleA = office.filter((s) => s.active && canBeA(kind, s));
          const open: CaseForAssignment[] = [];
          let assigned = 0;
          stream.forEach(([isCollective, isSimple, parties], i) => {
            const c: CaseForAssignment = {
              id: `c${i}`,
              officeId: 'o1',
              kind,
              isCollective,
              isSimple,
              parties,
              status: 'accepted',
              deadlines: [],
            };
            const p = proposeAssignment(c, office, [], [], open, [], settings, cal, '2026-10-09');
            if (!p.ok) return;
            assigned += 1;
            open.push({ ...c, a: p.a, b: p.b });
            const caseload = eligibleA.map(
              (s) => open.filter((o) => o.a === s.id || (asB === 1 && o.b === s.id)).length,
            );
            expect(Math.max(...caseload) - Math.min(...caseload)).toBeLessThanOrEqual(1);
          });
          // Without leave or recusal, every case is assigned exactly when some pair exists at all.
          const pairExists = eligibleA.some((a) =>
            office.some((b) => b.id !== a.id && b.active && canBeB(b)),
          );
          expect(assigned).toBe(pairExists ? stream.length : 0);
        },
      ),
      { numRuns: 300 },
    );
  };
  it(
    'equal weights (all 1, B share 1), no leave: every eligible A’s open caseload stays within one case',
    balanced(1),
  );
  it(
    'equal weights, B share 0, no leave: every eligible A’s count of A cases stays within one case',
    balanced(0),
  );

  it('with the default B share 0.3, B work holds a person back: A counts may differ by two (the found example)', () => {
    const office = [
      { id: 's0', name: '张伟', roles: ['arbitrator' as const], officeId: 'o1', active: true },
      { id: 's1', name: '张伟', roles: ['mediator' as const], officeId: 'o1', active: true },
      { id: 's2', name: '张伟', roles: ['mediator' as const], officeId: 'o1', active: true },
      { id: 's3', name: '张伟', roles: ['arbitrator' as const], officeId: 'o1', active: true },
    ];
    const settings: AssignmentSettings = {
      ...DEFAULT_ASSIGNMENT_SETTINGS,
      weights: { ...DEFAULT_ASSIGNMENT_SETTINGS.weights, collective: 1, simple: 1 },
    };
    const open: CaseForAssignment[] = [];
    for (let i = 0; i < 8; i++) {
      const c: CaseForAssignment = {
        id: `c${i}`,
        officeId: 'o1',
        kind: 'mediation',
        isCollective: false,
        isSimple: false,
        parties: [{ name: '赵六' }],
        status: 'accepted',
        deadlines: [],
      };
      const p = proposeAssignment(c, office, [], [], open, [], settings, cal, '2026-10-09');
      if (!p.ok) throw new Error(p.error);
      open.push({ ...c, a: p.a, b: p.b });
    }
    const counts = office.map((s) => open.filter((o) => o.a === s.id).length);
    expect(counts).toEqual([1, 2, 3, 2]);
    // … while the weighted loads stay within one case's weight.
    const loads = office.map((s) => loadOf(s.id, open, settings.weights).weighted);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });
});
