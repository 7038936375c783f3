// Plain calendar-day arithmetic on 'YYYY-MM-DD' strings through integer day numbers (days since 1970-01-01),
// never `Date` (reference §5.3: a deadline or a day of leave is a calendar day, not an instant). Internal to
// shared/assignment; working days always come from the `Calendar` passed in (reference §2.1, §8).

import { dayOf, isoOf } from '../util/day-number';

export { dayOf, isoOf };

/** `date` + n natural days (n may be negative). */
export function addDays(date: string, n: number): string {
  return isoOf(dayOf(date) + n);
}

/** Natural days from `from` to `to` (start day excluded): 2026-10-01 → 2026-10-08 = 7. */
export function daysFrom(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

/** The Sunday ending the Monday–Sunday week that contains `date`. */
export function endOfWeek(date: string): string {
  const n = dayOf(date);
  const weekday = (((n + 4) % 7) + 7) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  return isoOf(n + (weekday === 0 ? 0 : 7 - weekday));
}

/** True when `date` lies in [from, to], both ends included. ISO strings order like the days they name. */
export function within(date: string, from: string, to: string): boolean {
  return from <= date && date <= to;
}
