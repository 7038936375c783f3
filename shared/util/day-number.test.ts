import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilOf, dayNumberOf, dayOf, daysFrom, isoOf, maxDate, minDate, shiftDays } from './day-number';

describe('day numbers (the one date algorithm)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2026-11-25', 20782],
    ['0000-01-01', -719528],
    ['9999-12-31', 2932896],
  ])('%s is day %i', (date, n) => {
    expect(dayOf(date)).toBe(n);
    expect(isoOf(n)).toBe(date);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1', ' 2026-01-01', ''])(
    'refuses %j with a Chinese message',
    (bad) => {
      expect(() => dayOf(bad)).toThrow(/日期无效/);
    },
  );

  it('agrees with the proleptic Gregorian calendar of Date.UTC for every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf('1900-01-01'), max: dayOf('2100-12-31') }), (n) => {
        const d = new Date(n * 86_400_000);
        const civil = civilOf(n);
        expect(civil).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(dayNumberOf(civil.year, civil.month, civil.day)).toBe(n);
        expect(dayOf(isoOf(n))).toBe(n);
      }),
    );
  });

  it('shiftDays and daysFrom are inverse; min and max pick by calendar order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayOf('2000-01-01'), max: dayOf('2050-12-31') }).map(isoOf),
        fc.integer({ min: -4000, max: 4000 }),
        (date, n) => {
          const moved = shiftDays(date, n);
          expect(daysFrom(date, moved)).toBe(n);
          expect(maxDate(date, moved)).toBe(n >= 0 ? moved : date);
          expect(minDate(date, moved)).toBe(n >= 0 ? date : moved);
        },
      ),
    );
  });
});
