import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MAX_DAY,
  MIN_DAY,
  addMonthsToDay,
  assertCount,
  civilOf,
  dayNumberOf,
  formatDay,
  parseDay,
  toDayNumber,
  weekdayOf,
  yearOfDay,
} from './iso-day';

/** Independent oracle: the same day through `Date` (setUTCFullYear avoids the 0–99 → 19xx quirk of Date.UTC). */
function viaDate(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / 86_400_000;
}

describe('day numbers', () => {
  it('fixes the epoch and the range ends', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(dayNumberOf(0, 1, 1)).toBe(MIN_DAY);
    expect(dayNumberOf(9999, 12, 31)).toBe(MAX_DAY);
    expect(formatDay(MIN_DAY)).toBe('0000-01-01');
    expect(formatDay(MAX_DAY)).toBe('9999-12-31');
  });

  it('agrees with Date and round-trips for every day of 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const { year, month, day } = civilOf(n);
        expect(viaDate(year, month, day)).toBe(n);
        expect(dayNumberOf(year, month, day)).toBe(n);
        expect(toDayNumber(formatDay(n))).toBe(n);
        expect(yearOfDay(n)).toBe(year);
        expect(weekdayOf(n)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the weekdays the reference relies on (§2.4, §8.3)', () => {
    expect(weekdayOf(toDayNumber('2026-10-13'))).toBe(2); // Tuesday hearing
    expect(weekdayOf(toDayNumber('2026-09-25'))).toBe(5); // Friday service
    expect(weekdayOf(toDayNumber('2025-01-26'))).toBe(0); // Sunday make-up day
    expect(weekdayOf(MIN_DAY)).toBe(6); // 0000-01-01 was a Saturday (proleptic Gregorian)
  });
});

describe('parseDay / toDayNumber', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-1-5', '2026/01/05', '', ' 2026-01-05', '2026-01-05T00:00:00Z'])(
    'rejects %j with a Chinese RangeError',
    (s) => {
      expect(() => toDayNumber(s)).toThrow(RangeError);
      expect(() => parseDay(s)).toThrow(/日期无效/);
    },
  );

  it('rejects non-strings from untyped callers', () => {
    expect(() => toDayNumber(20260105 as unknown as string)).toThrow(RangeError);
    expect(() => toDayNumber(undefined as unknown as string)).toThrow(/日期无效/);
  });

  it('refuses to format outside 0000–9999', () => {
    expect(() => formatDay(MAX_DAY + 1)).toThrow(/超出支持的日期范围/);
    expect(() => formatDay(MIN_DAY - 1)).toThrow(RangeError);
    expect(() => formatDay(0.5)).toThrow(RangeError);
  });
});

describe('addMonthsToDay (民法典 art 202, reference §2.2)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-03-10', 12, '2026-03-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('%s + %i months → %s', (from, months, expected) => {
    expect(formatDay(addMonthsToDay(parseDay(from), months))).toBe(expected);
  });

  it('refuses results after 9999', () => {
    expect(() => addMonthsToDay(parseDay('9999-12-01'), 1)).toThrow(RangeError);
  });
});

describe('assertCount', () => {
  it.each([-1, 1.5, NaN, Infinity, 2 ** 53, '3' as unknown as number])('rejects %p', (n) => {
    expect(() => assertCount(n, '天数')).toThrow(/天数须为非负整数/);
  });

  it('accepts 0 and large safe integers', () => {
    expect(() => assertCount(0, '天数')).not.toThrow();
    expect(() => assertCount(Number.MAX_SAFE_INTEGER, '月数')).not.toThrow();
  });
});
