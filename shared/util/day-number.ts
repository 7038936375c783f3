// The one place dates become numbers: plain calendar-day arithmetic on 'YYYY-MM-DD' strings through integer day
// numbers (days since 1970-01-01), never `Date` — a deadline is a calendar day in China, not an instant, and
// `Date` parsing silently rolls invalid days over (2026-02-30 → 03-02). The calendar, the deadline engine, the
// calculators, the limitation check, AB角 and the documents all count days through this module.

import { parseIsoDate } from '../validate/date';

export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`): exact, loop-free. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dayNumberOf` (Hinnant's `civil_from_days`). */
export function civilOf(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
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

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

/**
 * Recently converted days, both ways. Recomputing every open case's deadlines converts the same few thousand
 * days hundreds of thousands of times; a lookup is cheaper than the pattern check and Hinnant's arithmetic.
 * Only valid dates are kept, and a full cache is simply emptied, so results never depend on what it holds.
 */
const CACHE_LIMIT = 8192;
const numberOfIso = new Map<string, number>();
const isoOfNumber = new Map<number, string>();

/** Day number of a real 'YYYY-MM-DD'; RangeError with a Chinese message otherwise. */
export function dayOf(date: string): number {
  const known = numberOfIso.get(date);
  if (known !== undefined) return known;
  const parts = typeof date === 'string' ? parseIsoDate(date) : null;
  if (parts === null) {
    throw new RangeError(`日期无效：${JSON.stringify(date)}（格式应为 YYYY-MM-DD，且须为真实日期）`);
  }
  const n = dayNumberOf(parts.year, parts.month, parts.day);
  if (numberOfIso.size >= CACHE_LIMIT) numberOfIso.clear();
  numberOfIso.set(date, n);
  return n;
}

/** Day number → 'YYYY-MM-DD' (inverse of `dayOf`). */
export function isoOf(dayNumber: number): string {
  const known = isoOfNumber.get(dayNumber);
  if (known !== undefined) return known;
  const { year, month, day } = civilOf(dayNumber);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (isoOfNumber.size >= CACHE_LIMIT) isoOfNumber.clear();
  isoOfNumber.set(dayNumber, iso);
  return iso;
}

/** `date` moved by n natural days (n may be negative). */
export const shiftDays = (date: string, n: number): string => isoOf(dayOf(date) + n);

/** Natural days from `a` to `b` (positive when b is later). */
export const daysFrom = (a: string, b: string): number => dayOf(b) - dayOf(a);

export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
export const minDate = (a: string, b: string): string => (a <= b ? a : b);
