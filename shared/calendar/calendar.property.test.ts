import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatDay, toDayNumber } from './iso-day';
import { OFFICIAL_CALENDAR_DATA, officialCalendar as cal } from './official-calendar';

// Properties over 2008-01-01 … 2026-06-30 with bounded counts, so no walk reaches the edge of the data
// (2007-01-01 … 2026-12-31): ≤ 100 working days is under five months either way.

const FIRST = toDayNumber('2008-01-01');
const LAST = toDayNumber('2026-06-30');
const date = fc.integer({ min: FIRST, max: LAST }).map(formatDay);
const count = fc.nat({ max: 50 });
const ROLL = { rollForward: true } as const;
const RAW = { rollForward: false } as const;

/** An oracle independent of the precomputed tables: the data's dates in a Map, weekdays from `Date`. */
const fixed = new Map<string, boolean>();
for (const year of OFFICIAL_CALENDAR_DATA) for (const d of year.days) fixed.set(d.date, !d.isOffDay);
function naiveIsWorkday(d: string): boolean {
  const listed = fixed.get(d);
  if (listed !== undefined) return listed;
  const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
const next = (d: string) => formatDay(toDayNumber(d) + 1);
const previous = (d: string) => formatDay(toDayNumber(d) - 1);

describe('agreement with a day-by-day oracle (reference §2.2 algorithm)', () => {
  it('isWorkday', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(cal.isWorkday(d)).toBe(naiveIsWorkday(d));
      }),
      { numRuns: 3000 },
    );
  });

  it('addWorkdays and subtractWorkdays', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        let forward = d;
        for (let k = 0; k < n;) {
          forward = next(forward);
          if (naiveIsWorkday(forward)) k++;
        }
        expect(cal.addWorkdays(d, n)).toBe(forward);
        let backward = d;
        for (let k = 0; k < n;) {
          backward = previous(backward);
          if (naiveIsWorkday(backward)) k++;
        }
        expect(cal.subtractWorkdays(d, n)).toBe(backward);
      }),
      { numRuns: 1000 },
    );
  });

  it('addNaturalDays with roll-forward', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        let expected = formatDay(toDayNumber(d) + n);
        while (!naiveIsWorkday(expected)) expected = next(expected);
        expect(cal.addNaturalDays(d, n, ROLL)).toBe(expected);
      }),
    );
  });
});

describe('properties of addWorkdays', () => {
  it('lands on a working day for n ≥ 1', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 100 }), (d, n) => {
        expect(cal.isWorkday(cal.addWorkdays(d, n))).toBe(true);
      }),
    );
  });

  it('addWorkdays(d, a + b) === addWorkdays(addWorkdays(d, a), b)', () => {
    fc.assert(
      fc.property(date, count, count, (d, a, b) => {
        expect(cal.addWorkdays(d, a + b)).toBe(cal.addWorkdays(cal.addWorkdays(d, a), b));
      }),
    );
  });

  it('is monotone in n, and strictly increasing for n ≥ 1', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const here = cal.addWorkdays(d, n);
        const after = cal.addWorkdays(d, n + 1);
        expect(after > here).toBe(true); // 'YYYY-MM-DD' strings order like the dates
        expect(here >= d).toBe(true);
        if (n >= 1) expect(here > cal.addWorkdays(d, n - 1)).toBe(true);
      }),
    );
  });

  it('workdaysBetween(d, addWorkdays(d, n)) === n', () => {
    fc.assert(
      fc.property(date, fc.nat({ max: 100 }), (d, n) => {
        expect(cal.workdaysBetween(d, cal.addWorkdays(d, n))).toBe(n);
      }),
    );
  });

  it('subtractWorkdays undoes addWorkdays for n ≥ 1 (both ends are working days)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 100 }), (d, n) => {
        const later = cal.addWorkdays(d, n);
        const start = cal.subtractWorkdays(later, n);
        expect(start <= d).toBe(true);
        expect(cal.addWorkdays(start, n)).toBe(later);
        if (cal.isWorkday(d)) expect(start).toBe(d);
      }),
    );
  });

  it('workdaysBetween is additive over an intermediate day', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(cal.workdaysBetween(a, c)).toBe(cal.workdaysBetween(a, b) + cal.workdaysBetween(b, c));
      }),
    );
  });
});

describe('properties of roll-forward', () => {
  it('a rolled-forward natural-day result is never an off day and is ≥ the raw result', () => {
    fc.assert(
      fc.property(date, fc.nat({ max: 120 }), (d, n) => {
        const raw = cal.addNaturalDays(d, n, RAW);
        const rolled = cal.addNaturalDays(d, n, ROLL);
        expect(cal.isOffDay(rolled)).toBe(false);
        expect(rolled >= raw).toBe(true);
        expect(cal.workdaysBetween(previous(raw), previous(rolled))).toBe(0); // no working day in [raw, rolled)
        if (cal.isWorkday(raw)) expect(rolled).toBe(raw);
      }),
    );
  });

  it('months and years roll forward the same way', () => {
    fc.assert(
      fc.property(date, fc.nat({ max: 5 }), (d, n) => {
        const raw = cal.addMonths(d, n, RAW);
        const rolled = cal.addMonths(d, n, ROLL);
        expect(cal.isWorkday(rolled)).toBe(true);
        expect(rolled >= raw).toBe(true);
      }),
    );
  });
});
