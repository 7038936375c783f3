import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { officialCalendar as cal } from '../calendar';
import { STAFF_ROLE_CODES } from '../domain/reference-data';
import type { AssignmentParty, CaseForAssignment, HandledCase } from './case.schema';
import { addDays, dayOf, isoOf } from './dates';
import { loadOf } from './load';
import { isAway } from './presence';
import { proposeAssignment } from './proposal';
import { compareLoad } from './ranking';
import type { CandidateLoad } from './ranking';
import { checkAssignment } from './rules';
import { DEFAULT_ASSIGNMENT_SETTINGS } from './settings.schema';
import type { AssignmentSettings } from './settings.schema';
import type { Leave, Relationship, StaffMember } from './staff.schema';

// Days stay inside 2026-09-01 … 2026-11-15, across the 中秋/国庆 holidays and the 调休 make-up days (reference §8).
const FIRST = dayOf('2026-09-01');
const LAST = dayOf('2026-11-15');
const dayArb = fc.integer({ min: FIRST, max: LAST }).map(isoOf);

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静'];
const OFFICES = ['o1', 'o2'];
const PARTY_POOL: AssignmentParty[] = [
  { name: '王五', idNumber: '11010519491231002X', role: 'applicant' },
  { name: '赵六', role: 'applicant' },
  { name: '某某科技有限公司', creditCode: '91350100M000100Y43', role: 'respondent' },
  { name: '某某物流有限公司', role: 'respondent' },
  { name: '刘律师', role: 'agent' },
];

const staffArb = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      roles: fc.subarray([...STAFF_ROLE_CODES], { minLength: 1 }),
      officeId: fc.constantFrom(...OFFICES),
      active: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), // four in five active
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => rows.map((r, i): StaffMember => ({ id: `s${i}`, ...r })));

const leavesArb = (n: number) =>
  fc
    .array(
      fc.tuple(
        fc.nat(n - 1),
        dayArb,
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom('leave', 'business_trip', 'training' as const),
      ),
      {
        maxLength: 3 * n,
      },
    )
    .map((rows) =>
      rows.map(([s, from, len, kind], i): Leave => ({
        id: `l${i}`,
        staffId: `s${s}`,
        kind,
        from,
        to: addDays(from, len),
      })),
    );

const partiesArb = fc.subarray(PARTY_POOL, { minLength: 1 });
const deadlinesArb = fc.array(
  fc.record({
    ruleId: fc.constantFrom('A2', 'A4', 'A6', 'A13'),
    label: fc.constantFrom('受理审查', '送达', '组庭通知', '审限'),
    dueDate: dayArb,
  }),
  { maxLength: 3 },
);
const caseArb = (i: number) =>
  fc
    .record({
      officeId: fc.constantFrom(...OFFICES),
      kind: fc.constantFrom('mediation', 'arbitration' as const),
      isCollective: fc.boolean(),
      isSimple: fc.boolean(),
      parties: partiesArb,
      deadlines: deadlinesArb,
    })
    .map((r): CaseForAssignment => ({ id: `c${i}`, status: 'accepted', ...r }));

const worldArb = staffArb.chain((staff) =>
  fc.record({
    staff: fc.constant(staff),
    leaves: leavesArb(staff.length),
    relationships: fc.array(
      fc
        .tuple(fc.nat(staff.length - 1), fc.constantFrom(...PARTY_POOL))
        .map(([s, p]): Relationship => ({ staffId: `s${s}`, partyName: p.name, relation: '近亲属' })),
      { maxLength: 4 },
    ),
    history: fc
      .array(fc.tuple(partiesArb, fc.nat(staff.length - 1), fc.nat(staff.length - 1)), { maxLength: 4 })
      .map((rows) =>
        rows.map(([parties, a, b], i): HandledCase => ({ id: `h${i}`, parties, a: `s${a}`, b: `s${b}` })),
      ),
    cases: fc
      .array(fc.nat(1000), { minLength: 1, maxLength: 8 })
      .chain((xs) => fc.tuple(...xs.map((_, i) => caseArb(i)))),
    today: dayArb,
    recuseSameParties: fc.boolean(),
    weights: fc.record({
      base: fc.constantFrom(1, 2),
      collective: fc.constantFrom(1, 3),
      simple: fc.constantFrom(0.5, 1),
      mediation: fc.constantFrom(0.5, 1),
      asB: fc.constantFrom(0, 0.3, 0.5),
    }),
  }),
);

describe('proposeAssignment — properties over random staff, leave calendars and case streams', () => {
  it('never proposes a pair that breaks a rule, and fails only when no valid pair exists; the pair is the best', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const settings: AssignmentSettings = {
          ...DEFAULT_ASSIGNMENT_SETTINGS,
          weights: w.weights,
          recuseSameParties: w.recuseSameParties,
        };
        const open: CaseForAssignment[] = [];
        for (const c of w.cases) {
          const p = proposeAssignment(
            c,
            w.staff,
            w.leaves,
            w.relationships,
            open,
            w.history,
            settings,
            cal,
            w.today,
          );
          const earlier: HandledCase[] = [...w.history, ...open];
          const presentForA = (id: string) =>
            !isAway(id, w.leaves, w.today) &&
            c.deadlines.every((d) => !isAway(id, w.leaves, d.dueDate) || !cal.isWorkday(d.dueDate));
          const valid: [string, string][] = [];
          for (const a of w.staff)
            for (const b of w.staff) {
              if (!presentForA(a.id) || isAway(b.id, w.leaves, w.today)) continue;
              const check = checkAssignment(
                c,
                a.id,
                b.id,
                w.staff,
                w.leaves,
                w.relationships,
                earlier,
                settings,
                cal,
              );
              if (check.violations.length === 0) valid.push([a.id, b.id]);
            }
          if (!p.ok) {
            expect(valid).toEqual([]);
            expect(p.error.length).toBeGreaterThan(0);
            continue;
          }
          expect(p.a).not.toBe(p.b);
          expect(
            checkAssignment(c, p.a, p.b, w.staff, w.leaves, w.relationships, w.history, settings, cal)
              .violations,
          ).toEqual([]);
          expect(valid).toContainEqual([p.a, p.b]);
          const load = (id: string): CandidateLoad => ({
            staffId: id,
            name: w.staff.find((s) => s.id === id)?.name ?? id,
            ...loadOf(id, open, settings.weights),
          });
          for (const [a, b] of valid) {
            expect(compareLoad(load(p.a), load(a))).toBeLessThanOrEqual(0);
            if (a === p.a) expect(compareLoad(load(p.b), load(b))).toBeLessThanOrEqual(0);
          }
          open.push({ ...c, a: p.a, b: p.b });
        }
      }),
      { numRuns: 300 },
    );
  });
});
