// Day-level date arithmetic for the calculators, on plain 'YYYY-MM-DD' values (reference §5.3) and
// integer day numbers, never `Date` (its parser rolls 2026-02-30 over to 2026-03-02). Internal.

import { daysInMonth } from '../validate/date';

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber (civil_from_days). */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const isoOf = ({ year, month, day }: Ymd): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const isoOfDay = (n: number): string => isoOf(fromDayNumber(n));

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
