import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { OFFICIAL_CALENDAR_DATA, createCalendar, officialCalendar as cal } from '../calendar';
import { dayOf, isoOf } from '../util/day-number';
import { INTERRUPTION_KIND_CODES } from './interruption-kinds';
import { checkLimitation } from './limitation';
import type { LimitationInput } from './limitation.schema';

// Inputs stay inside the official data (2007–2026): knew in 2010–2020, interruptions within two years of it,
// at most 400 suspended days, so every last day falls by 2025 and `barDate` is never null from a calendar gap.

const KNEW_FIRST = dayOf('2010-01-01');
const KNEW_LAST = dayOf('2020-12-31');

const interruption = (knew: number) =>
  fc.record({
    on: fc.integer({ min: knew - 30, max: knew + 730 }).map(isoOf),
    kind: fc.constantFrom(...INTERRUPTION_KIND_CODES),
  });
const suspension = (knew: number) =>
  fc
    .tuple(fc.integer({ min: knew - 60, max: knew + 1100 }), fc.integer({ min: 0, max: 100 }), fc.boolean())
    .map(([from, length, open]) =>
      open
        ? { from: isoOf(from), reason: '不可抗力' }
        : { from: isoOf(from), to: isoOf(from + length), reason: '不可抗力' },
    );

const inputArb = fc.integer({ min: KNEW_FIRST, max: KNEW_LAST }).chain((knew) =>
  fc.record({
    claimType: fc.constantFrom(
      'double_wages',
      'economic_compensation',
      'wage_arrears',
      'overtime',
      'other' as const,
    ),
    knewOn: fc.constant(isoOf(knew)),
    employmentEndedOn: fc.option(fc.integer({ min: knew - 400, max: knew + 200 }).map(isoOf), {
      nil: undefined,
    }),
    interruptions: fc.array(interruption(knew), { maxLength: 3 }),
    suspensions: fc.array(suspension(knew), { maxLength: 4 }),
    applicationOn: fc.integer({ min: knew, max: knew + 1500 }).map(isoOf),
    extraInterruption: interruption(knew),
    extraSuspension: suspension(knew),
  }),
);

type Generated = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(g: Generated): LimitationInput {
  const input: LimitationInput = {
    claimType: g.claimType,
    knewOn: g.knewOn,
    interruptions: g.interruptions,
    suspensions: g.suspensions,
    applicationOn: g.applicationOn,
  };
  return g.employmentEndedOn === undefined ? input : { ...input, employmentEndedOn: g.employmentEndedOn };
}

const RUNS = { numRuns: 1500 };

describe('properties of the limitation check', () => {
  it('adding an interruption never moves the bar date earlier', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const base = checkLimitation(inputOf(g), cal);
        const more = checkLimitation(
          { ...inputOf(g), interruptions: [...g.interruptions, g.extraInterruption] },
          cal,
        );
        expect(more.status === 'not_running').toBe(base.status === 'not_running');
        if (base.barDate === null || more.barDate === null) return;
        expect(more.barDate >= base.barDate).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding a suspension never moves the bar date earlier', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const base = checkLimitation(inputOf(g), cal);
        const more = checkLimitation(
          { ...inputOf(g), suspensions: [...g.suspensions, g.extraSuspension] },
          cal,
        );
        if (base.barDate === null || more.barDate === null) return;
        expect(more.barDate >= base.barDate).toBe(true);
      }),
      RUNS,
    );
  });

  it('the bar date is never an off day, and the outcome agrees with it', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const r = checkLimitation(inputOf(g), cal);
        if (r.status === 'not_running') {
          expect(r).toMatchObject({ barDate: null, inTime: 'not_applicable' });
          return;
        }
        expect(r.barDate).not.toBeNull();
        if (r.barDate === null) return;
        expect(cal.isOffDay(r.barDate)).toBe(false);
        expect(r.barDate >= g.knewOn || g.employmentEndedOn !== undefined).toBe(true);
        expect(r.inTime).toBe(g.applicationOn <= r.barDate);
        expect(r.status).toBe(r.inTime === true ? 'in_time' : 'time_barred');
        expect(r.warnings.some((w) => w.includes('本系统不据此拒绝受理'))).toBe(r.status === 'time_barred');
      }),
      RUNS,
    );
  });

  it('never throws on a calendar with missing years: the bar date is null or a working day', () => {
    const sparse = createCalendar(OFFICIAL_CALENDAR_DATA.filter((y) => y.year % 3 !== 0));
    fc.assert(
      fc.property(inputArb, (g) => {
        const r = checkLimitation(inputOf(g), sparse);
        if (r.barDate !== null) expect(sparse.isWorkday(r.barDate)).toBe(true);
        if (r.barDate === null && r.status !== 'not_running') {
          expect(r.warnings.some((w) => w.includes('节假日安排尚未载入'))).toBe(true);
        }
        if (r.status === 'undetermined') expect(r.inTime).toBe('unknown');
      }),
      RUNS,
    );
  });
});
