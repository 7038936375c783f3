// The calendar's range-checked view of shared/util/day-number.ts (the one day-number algorithm).
// No `Date` objects and no time zones: a deadline is a calendar day in China, not an instant (reference §5.3),
// and `Date` parsing silently rolls invalid days over (2026-02-30 → 03-02). Year range 0000–9999, as in
// shared/validate/date.ts.

import { daysInMonth } from '../validate/date';
import { civilOf, dayNumberOf, dayOf, isoOf, type CivilDate } from '../util/day-number';

/** Day number of 0000-01-01 and 9999-12-31: the range every result must stay in. */
export const MIN_DAY = -719528;
export const MAX_DAY = 2932896;

export type { CivilDate } from '../util/day-number';
export { dayNumberOf, civilOf, weekdayOf } from '../util/day-number';

/** Calendar year of a day number. */
export function yearOfDay(dayNumber: number): number {
  return civilOf(dayNumber).year;
}

/** Strict parse; throws a RangeError with a Chinese message for anything that is not a real 'YYYY-MM-DD'. */
export const parseDay = (date: string): CivilDate => civilOf(dayOf(date));

/** 'YYYY-MM-DD' → day number; throws RangeError when invalid. */
export const toDayNumber = dayOf;

/** Day number → 'YYYY-MM-DD'; throws RangeError outside 0000-01-01…9999-12-31. */
export function formatDay(dayNumber: number): string {
  assertDayInRange(dayNumber);
  return isoOf(dayNumber);
}

/** Throws a RangeError when a computed day leaves the supported range. */
export function assertDayInRange(dayNumber: number): void {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new RangeError('计算结果超出支持的日期范围（0000-01-01 至 9999-12-31）');
  }
}

/** Counts (days, months, years) must be whole, non-negative and safe: a period is never negative or fractional. */
export function assertCount(n: number, unit: '天数' | '工作日数' | '月数' | '年数'): void {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${unit}须为非负整数，收到 ${String(n)}`);
  }
}

/**
 * `months` calendar months after the date: the corresponding day of the target month, or that month's last day
 * when it has none (民法典 art 202; reference §2.2): 2025-01-31 + 1 → 2025-02-28, 2024-02-29 + 12 → 2025-02-28.
 */
export function addMonthsToDay(date: CivilDate, months: number): number {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  if (!Number.isSafeInteger(total) || year > 9999) {
    throw new RangeError('计算结果超出支持的日期范围（0000-01-01 至 9999-12-31）');
  }
  const month = (total % 12) + 1;
  return dayNumberOf(year, month, Math.min(date.day, daysInMonth(year, month)));
}
