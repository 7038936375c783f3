// Day-level date arithmetic for the calculators, on plain 'YYYY-MM-DD' values (reference §5.3) and
// integer day numbers, never `Date` (its parser rolls 2026-02-30 over to 2026-03-02). Internal.

import { daysInMonth } from '../validate/date';
import { civilOf, dayNumberOf, isoOf as isoOfDay, type CivilDate } from '../util/day-number';

export type Ymd = CivilDate;

/** Days since 1970-01-01 (shared/util/day-number.ts, the one day-number algorithm). */
export const dayNumber = ({ year, month, day }: Ymd): number => dayNumberOf(year, month, day);

/** Inverse of dayNumber. */
export const fromDayNumber = (n: number): Ymd => civilOf(n);

export const isoOf = (d: Ymd): string => isoOfDay(dayNumber(d));

export { isoOfDay };

/**
 * The day number on which a period that began on `start` (counted inclusive) has run `k` whole months
 * plus one day — i.e. the day after the k-month period ends. It is the same day of the month k months
 * later; when that month has no such day, the 1st of the following month. Equivalently the k-month
 * period ends on the day before that day-of-month, or at the month's end when it has no such day
 * (《民法典》第二百零一条第二款 "没有对应日的，月末日为期间的最后一日"). So service from 2023-11-01
 * completes one year on 2024-10-31 (Decisions §4), from 2024-01-31 one month on 2024-02-29 and
 * from 2024-02-29 one year on 2025-02-28.
 */
export function monthAnniversary(start: Ymd, k: number): number {
  const total = start.year * 12 + (start.month - 1) + k;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (start.day <= daysInMonth(year, month)) return dayNumber({ year, month, day: start.day });
  return dayNumber({ year, month, day: daysInMonth(year, month) }) + 1;
}

/**
 * Whole months of a period from `start` through `endDay` (both days included) and the days left over.
 * Requires endDay ≥ dayNumber(start) − 1 (an empty period gives 0 months 0 days).
 */
export function wholeMonthsInclusive(start: Ymd, endDay: number): { months: number; days: number } {
  const end = fromDayNumber(endDay);
  let k = Math.max(0, (end.year - start.year) * 12 + (end.month - start.month));
  while (k > 0 && monthAnniversary(start, k) - 1 > endDay) k--;
  while (monthAnniversary(start, k + 1) - 1 <= endDay) k++;
  return { months: k, days: endDay + 1 - monthAnniversary(start, k) };
}
