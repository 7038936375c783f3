/**
 * Working-day calendar — the public API (issue 3, items 4 and 9). Import from 'shared/calendar' only.
 *
 * Counting follows reference §2.2: the start day is excluded; a period whose last day is off may roll forward
 * to the next working day; month and year periods end on the corresponding day or the month's last day
 * (民法典 art 202). Working days are Monday–Friday minus the days off plus the 调休 make-up working days of the
 * State Council notices (§2.1, §8). All dates are 'YYYY-MM-DD' strings, handled as plain calendar days.
 *
 * Bound to the bundled official data (2007–2026, from resources/holiday-cn):
 *   isWorkday(date)                          → boolean
 *   addWorkdays(date, n)                     → the n-th working day after date (n = 0 → date itself)
 *   addNaturalDays(date, n, { rollForward }) → date + n days, optionally rolled forward to a working day
 *   calendarCoverage()                       → { from: '2007-01-01', to: '2026-12-31' }
 *
 * Anything that must know about a day of a year without data throws `CalendarGapError`
 * (`code: 'CALENDAR_GAP'`, `year`) — never a Monday–Friday guess (product decision 3). Natural-day arithmetic
 * without roll-forward needs no data. Invalid dates and counts throw RangeError, with Chinese messages.
 *
 * `officialCalendar` offers every method (subtractWorkdays, workdaysBetween, addMonths, addYears, dayInfo,
 * coveredYears, sourceOf, …). A year the administrator imports (validated with `CalendarYearData`) is layered on
 * with `officialCalendar.withYear(data)`, which returns a new calendar: code that computes deadlines should take
 * a `Calendar` as a parameter rather than use the bound functions, so imported years count.
 */

import type { CalendarCoverage, RollOptions } from './calendar-types';
import { officialCalendar } from './official-calendar';

export { createCalendar } from './calendar';
export { CalendarGapError } from './calendar-gap-error';
export { CalendarDayEntry, CalendarYearData } from './calendar-data.schema';
export type { CalendarYearDataInput } from './calendar-data.schema';
export type {
  Calendar,
  CalendarCoverage,
  CalendarData,
  CalendarDay,
  DayInfo,
  DayKind,
  RollOptions,
} from './calendar-types';
export { OFFICIAL_CALENDAR_DATA, officialCalendar } from './official-calendar';

/** True when the day is a working day under the official data; CalendarGapError outside 2007–2026. */
export function isWorkday(date: string): boolean {
  return officialCalendar.isWorkday(date);
}

/** The n-th working day after `date` (start day excluded); n = 0 returns `date` unchanged. */
export function addWorkdays(date: string, n: number): string {
  return officialCalendar.addWorkdays(date, n);
}

/** `date` + n natural days (start day excluded); with rollForward, an off last day moves to the next working day. */
export function addNaturalDays(date: string, n: number, options: RollOptions): string {
  return officialCalendar.addNaturalDays(date, n, options);
}

/** The covered range of the official data. */
export function calendarCoverage(): CalendarCoverage {
  const coverage = officialCalendar.coverage();
  if (coverage === null) throw new Error('内置工作日历数据为空'); // cannot happen: the data is embedded
  return coverage;
}
