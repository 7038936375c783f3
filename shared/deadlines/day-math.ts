import { parseIsoDate } from '../validate/date';

/**
 * Natural-day arithmetic on 'YYYY-MM-DD' strings as whole UTC days: a deadline is a calendar day in China, not
 * an instant, so no local time zone may shift it. The Calendar only adds forward (its counts are non-negative);
 * 'before' rules and day counts need subtraction and differences, which need no holiday data at all.
 */

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  const p = parseIsoDate(date);
  if (p === null) throw new RangeError(`日期无效：${JSON.stringify(date)}（格式应为 YYYY-MM-DD）`);
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round(d.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `date` moved by n natural days (n may be negative). */
export const shiftDays = (date: string, n: number): string => fromDayNumber(dayNumber(date) + n);

/** Natural days from `a` to `b` (positive when b is later). */
export const daysFrom = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
export const minDate = (a: string, b: string): string => (a <= b ? a : b);
