// Pure date arithmetic on 'YYYY-MM-DD' strings through integer day numbers (days since 1970-01-01).
// No `Date` objects and no time zones: a deadline is a calendar day in China, not an instant (reference §5.3),
// and `Date` parsing silently rolls invalid days over (2026-02-30 → 03-02). Year range 0000–9999, as in
// shared/validate/date.ts.

import { daysInMonth, parseIsoDate } from '../validate/date';

/** Day number of 0000-01-01 and 9999-12-31: the range every result must stay in. */
export const MIN_DAY = -719528;
export const MAX_DAY = 2932896;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's `days_from_civil`): exact integer math,
 * no loop, valid for every year in range.
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
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

/** Calendar year of a day number. */
export function yearOfDay(dayNumber: number): number {
  return civilOf(dayNumber).year;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Strict parse; throws a RangeError with a Chinese message for anything that is not a real 'YYYY-MM-DD'. */
export function parseDay(date: string): CivilDate {
  const parts = typeof date === 'string' ? parseIsoDate(date) : null;
  if (parts === null) {
    throw new RangeError(`日期无效：${JSON.stringify(date)}（格式应为 YYYY-MM-DD，且须为真实日期）`);
  }
  return parts;
}

/** 'YYYY-MM-DD' → day number; throws RangeError when invalid (see `parseDay`). */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseDay(date);
  return dayNumberOf(year, month, day);
}

/** Day number → 'YYYY-MM-DD'; throws RangeError outside 0000-01-01…9999-12-31. */
export function formatDay(dayNumber: number): string {
  assertDayInRange(dayNumber);
  const { year, month, day } = civilOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
