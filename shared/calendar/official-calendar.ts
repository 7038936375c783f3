// The default calendar over the bundled official data (resources/holiday-cn, embedded in official-data.ts).

import { createCalendar } from './calendar';
import type { Calendar, CalendarData, CalendarDay } from './calendar-types';
import { formatDay, toDayNumber } from './iso-day';
import type { OfficialHolidayYear } from './official-data';
import { OFFICIAL_HOLIDAY_YEARS } from './official-data';

/** Expands one compacted notice year (`[name, 'from..to']` runs) into per-day `CalendarData`. */
export function expandOfficialYear(official: OfficialHolidayYear): CalendarData {
  const days: CalendarDay[] = [];
  const expand = (entries: OfficialHolidayYear['off'], isOffDay: boolean) => {
    for (const [name, range] of entries) {
      const [from = '', to = from] = range.split('..');
      for (let d = toDayNumber(from), last = toDayNumber(to); d <= last; d++) {
        days.push({ date: formatDay(d), isOffDay, name });
      }
    }
  };
  expand(official.off, true);
  expand(official.work, false);
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Some years cite two notices (2015, 2019, 2020: a later notice amended the first); keep both.
  return { year: official.year, source: official.papers.join('；'), days };
}

/** The official years 2007–2026 as `CalendarData`, one entry per notice year. */
export const OFFICIAL_CALENDAR_DATA: readonly CalendarData[] = OFFICIAL_HOLIDAY_YEARS.map(expandOfficialYear);

/** The calendar over the official data only. Administrator-imported years: `officialCalendar.withYear(data)`. */
export const officialCalendar: Calendar = createCalendar(OFFICIAL_CALENDAR_DATA);
