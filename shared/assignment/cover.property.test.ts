import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { CaseForAssignment } from './case.schema';
import { effectiveHandler, todoFor } from './cover';
import { addDays, dayOf, isoOf } from './dates';
import { isAway } from './presence';
import type { Leave } from './staff.schema';
import { caseOf } from './test-fixtures';

// Random leave calendars (any kind, inclusive ends) against random A/B pairs (reference §4: B acts while A is
// away; A and B both away leaves the case to the director's ladder).

const FIRST = dayOf('2026-09-01');
const LAST = dayOf('2026-11-15');

const worldArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    ids: fc.constant(Array.from({ length: n }, (_, i) => `s${i}`)),
    leaves: fc
      .array(
        fc.tuple(
          fc.nat(n - 1),
          fc.integer({ min: FIRST, max: LAST }),
          fc.integer({ min: 0, max: 12 }),
          fc.constantFrom('leave', 'business_trip', 'training' as const),
        ),
        { maxLength: 3 * n },
      )
      .map((rows) =>
        rows.map(([s, from, len, kind], i): Leave => ({
          id: `l${i}`,
          staffId: `s${s}`,
          kind,
          from: isoOf(from),
          to: addDays(isoOf(from), len),
        })),
      ),
    pairs: fc.array(fc.tuple(fc.option(fc.nat(n - 1)), fc.option(fc.nat(n - 1)), fc.boolean()), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
);

describe('effectiveHandler and todoFor — properties', () => {
  it('each open case is on exactly the acting person’s list each day, and B covers exactly while A is away', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const cases: CaseForAssignment[] = w.pairs.map(([a, b, closed], i) => {
          const c = caseOf({ id: `c${i}`, status: closed ? 'closed' : 'accepted' });
          return { ...c, ...(a === null ? {} : { a: `s${a}` }), ...(b === null ? {} : { b: `s${b}` }) };
        });
        for (let n = FIRST; n <= LAST; n += 1) {
          const day = isoOf(n);
          const lists = new Map(w.ids.map((id) => [id, todoFor(id, cases, w.leaves, day)]));
          for (const c of cases) {
            const holders = w.ids.filter((id) => lists.get(id)?.some((t) => t.caseId === c.id));
            const handler = effectiveHandler(c, w.leaves, day);
            expect(holders).toEqual(c.status === 'closed' || handler === null ? [] : [handler]);
            if (c.a === undefined || c.b === undefined || c.a === c.b || c.status === 'closed') continue;
            const covering = lists.get(c.b)?.some((t) => t.caseId === c.id && t.covering) ?? false;
            expect(covering).toBe(isAway(c.a, w.leaves, day) && !isAway(c.b, w.leaves, day));
            const ownListed = lists.get(c.a)?.some((t) => t.caseId === c.id) ?? false;
            expect(ownListed).toBe(!isAway(c.a, w.leaves, day));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
