import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CalcInputError } from './errors';
import { serviceLength } from './service-length';
import { dayNumber, fromDayNumber, isoOf, isoOfDay, monthAnniversary } from './dates';

describe('serviceLength (end date inclusive, Decisions §4)', () => {
  it.each([
    // Reference §3.3(5) says "6 years 6 months 15 days" counting the end date out; counted inclusive
    // (Decisions §4) it is 16 days. N = 7 either way.
    ['2019-03-15', '2025-09-30', { years: 6, months: 6, days: 16 }],
    ['2023-11-01', '2024-10-31', { years: 1, months: 0, days: 0 }], // Decisions §4: exactly one year
    ['2023-11-01', '2024-11-01', { years: 1, months: 0, days: 1 }],
    ['2023-11-01', '2024-10-30', { years: 0, months: 11, days: 30 }],
    ['2024-01-01', '2024-06-30', { years: 0, months: 6, days: 0 }],
    ['2024-01-01', '2024-06-29', { years: 0, months: 5, days: 29 }],
    ['2025-01-01', '2025-01-01', { years: 0, months: 0, days: 1 }],
    ['2025-01-01', '2025-04-30', { years: 0, months: 4, days: 0 }],
    // Leap day start: one year ends on 2025-02-28 (no 29th: month end, 民法典 第二百零一条).
    ['2024-02-29', '2025-02-28', { years: 1, months: 0, days: 0 }],
    ['2024-02-29', '2025-02-27', { years: 0, months: 11, days: 30 }],
    ['2024-02-29', '2024-08-28', { years: 0, months: 6, days: 0 }],
    ['2024-02-29', '2028-02-28', { years: 4, months: 0, days: 0 }],
    // Starts on the 31st: a month ends at the end of a shorter month.
    ['2024-01-31', '2024-02-29', { years: 0, months: 1, days: 0 }],
    ['2024-01-31', '2024-02-28', { years: 0, months: 0, days: 29 }],
    ['2024-08-31', '2025-02-28', { years: 0, months: 6, days: 0 }],
    ['2024-08-31', '2025-02-27', { years: 0, months: 5, days: 28 }],
    ['2024-03-31', '2024-04-30', { years: 0, months: 1, days: 0 }],
    // A start on the 1st runs whole calendar months.
    ['2025-03-01', '2025-03-31', { years: 0, months: 1, days: 0 }],
    ['2025-02-01', '2025-02-28', { years: 0, months: 1, days: 0 }],
  ])('%s … %s', (start, end, expected) => {
    expect(serviceLength(start, end)).toEqual(expected);
  });

  it('refuses an end before the start and invalid dates, naming the field', () => {
    expect(() => serviceLength('2025-01-02', '2025-01-01')).toThrow(CalcInputError);
    try {
      serviceLength('2025-02-30', '2025-03-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe('startDate');
      expect((e as CalcInputError).message).toContain('入职日期');
    }
    expect(() => serviceLength('2025-01-01', '2025/03/01')).toThrow(/离职日期（endDate）/);
  });

  const dateArb = fc.integer({
    min: dayNumber({ year: 1990, month: 1, day: 1 }),
    max: dayNumber({ year: 2040, month: 12, day: 31 }),
  });

  it('day numbers round-trip', () => {
    fc.assert(
      fc.property(dateArb, (n) => {
        expect(dayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('the day before each k-month anniversary is exactly k months', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (n, k) => {
        const start = fromDayNumber(n);
        const s = serviceLength(isoOf(start), isoOfDay(monthAnniversary(start, k) - 1));
        expect(s).toEqual({ years: Math.floor(k / 12), months: k % 12, days: 0 });
      }),
    );
  });

  it('one more day adds exactly one day or completes a month', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 9000 }), (n, len) => {
        const a = serviceLength(isoOfDay(n), isoOfDay(n + len));
        const b = serviceLength(isoOfDay(n), isoOfDay(n + len + 1));
        const total = (s: typeof a): number => s.years * 12 + s.months;
        if (total(b) === total(a)) expect(b.days).toBe(a.days + 1);
        else {
          expect(total(b)).toBe(total(a) + 1);
          expect(b.days).toBe(0);
        }
        expect(a.days).toBeLessThan(31);
      }),
    );
  });
});
