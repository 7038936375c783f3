// The working-day calendar: periods counted the 民诉法 art 85 / 民法典 arts 201–203 way (reference §2.2):
// the start day is excluded, and a period whose last day is off may roll forward to the next working day.
// Working days follow the State Council notices (§2.1, §8); a year that is not loaded throws CalendarGapError.

import { CalendarGapError } from './calendar-gap-error';
import type { Calendar, CalendarCoverage, CalendarData, DayInfo, RollOptions } from './calendar-types';
import {
  addMonthsToDay,
  assertCount,
  assertDayInRange,
  formatDay,
  parseDay,
  toDayNumber,
  yearOfDay,
} from './iso-day';
import type { YearTable } from './year-table';
import { buildIndex, classifyDay, cumAt, isWorkingKind } from './year-table';

/**
 * Builds a calendar over the given years (merged by date, see `buildIndex`). The data is copied into
 * precomputed tables, so later changes to the arrays do not affect the calendar.
 */
export function createCalendar(data: readonly CalendarData[]): Calendar {
  const { layers, tables, overrides } = buildIndex(data);
  const flat = flatIndex(coverageRun(tables));

  /** The loaded year holding `day`, or CalendarGapError naming the year and the day that was needed. */
  function tableAt(day: number): YearTable {
    assertDayInRange(day);
    const year = yearOfDay(day);
    const table = tables.get(year);
    if (table === undefined) throw new CalendarGapError(year, formatDay(day));
    return table;
  }

  function isWorkdayAt(day: number): boolean {
    const f = day - flat.start;
    if (f >= 0 && f < flat.length) return ordAt(flat, f + 1) - ordAt(flat, f) === 1;
    const table = tableAt(day);
    const i = day - table.start;
    return cumAt(table, i + 1) - cumAt(table, i) === 1;
  }

  /** 民诉法 art 85¶3: an off last day moves to the first working day after it; every day checked must be loaded. */
  function rollForwardFrom(day: number): number {
    let d = day;
    while (!isWorkdayAt(d)) d++;
    return d;
  }

  function finish(day: number, options: RollOptions): string {
    assertDayInRange(day);
    return formatDay(options.rollForward ? rollForwardFrom(day) : day);
  }

  function addWorkdays(date: string, n: number): string {
    const start = toDayNumber(date);
    assertCount(n, '工作日数');
    if (n === 0) return date;
    // Inside the run of loaded years: the n-th working day from start + 1 is one array read.
    const f = start + 1 - flat.start;
    if (f >= 0 && f < flat.length) {
      const k = ordAt(flat, f) + n - 1;
      if (k < flat.workdays.length) return formatDay(flat.workdays[k] ?? 0);
    }
    let remaining = n;
    let cur = start + 1; // the start day is excluded (§2.2)
    for (;;) {
      const table = tableAt(cur);
      const base = cumAt(table, cur - table.start);
      const available = cumAt(table, table.length) - base;
      if (available >= remaining) {
        // Smallest index j with `remaining` working days in [cur, j]; j is then itself a working day.
        let lo = cur - table.start;
        let hi = table.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cumAt(table, mid + 1) - base >= remaining) hi = mid;
          else lo = mid + 1;
        }
        return formatDay(table.start + lo);
      }
      remaining -= available;
      cur = table.start + table.length; // January 1 of the next year, which must be loaded too
    }
  }

  function subtractWorkdays(date: string, n: number): string {
    const start = toDayNumber(date);
    assertCount(n, '工作日数');
    if (n === 0) return date;
    const f = start - 1 - flat.start;
    if (f >= 0 && f < flat.length) {
      const k = ordAt(flat, f + 1) - n;
      if (k >= 0) return formatDay(flat.workdays[k] ?? 0);
    }
    let remaining = n;
    let cur = start - 1;
    for (;;) {
      const table = tableAt(cur);
      const i = cur - table.start;
      const available = cumAt(table, i + 1); // working days from January 1 through cur
      if (available >= remaining) {
        // Largest index j with `remaining` working days in [j, cur]; j is then itself a working day.
        const target = available - remaining;
        let lo = 0;
        let hi = i;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if (cumAt(table, mid) <= target) lo = mid;
          else hi = mid - 1;
        }
        return formatDay(table.start + lo);
      }
      remaining -= available;
      cur = table.start - 1; // December 31 of the year before
    }
  }

  /** Working days in (from, to] for from < to, one table read per year spanned. */
  function countAfter(from: number, to: number): number {
    const a = from + 1 - flat.start;
    const b = to - flat.start;
    if (a >= 0 && b < flat.length) return ordAt(flat, b + 1) - ordAt(flat, a);
    let count = 0;
    let cur = from + 1;
    while (cur <= to) {
      const table = tableAt(cur);
      const last = Math.min(to - table.start, table.length - 1);
      count += cumAt(table, last + 1) - cumAt(table, cur - table.start);
      cur = table.start + table.length;
    }
    return count;
  }

  function dayInfo(date: string): DayInfo {
    const day = toDayNumber(date);
    tableAt(day); // a day of an unloaded year is unknown, even one a neighbouring notice lists
    const { kind, name } = classifyDay(day, overrides);
    const workday = isWorkingKind(kind);
    return name === undefined ? { date, workday, kind } : { date, workday, kind, name };
  }

  function coveredYears(): number[] {
    return [...tables.keys()].sort((a, b) => a - b);
  }

  function coverage(): CalendarCoverage | null {
    let best: { first: number; last: number } | null = null;
    let runStart = NaN;
    let previous = NaN;
    for (const year of coveredYears()) {
      if (year !== previous + 1) runStart = year;
      previous = year;
      // `>=` prefers the later run on a tie: deadlines are computed forward from recent dates.
      if (best === null || year - runStart >= best.last - best.first) best = { first: runStart, last: year };
    }
    if (best === null) return null;
    return { from: `${pad4(best.first)}-01-01`, to: `${pad4(best.last)}-12-31` };
  }

  return {
    isWorkday: (date) => isWorkdayAt(toDayNumber(date)),
    isOffDay: (date) => !isWorkdayAt(toDayNumber(date)),
    dayInfo,
    addWorkdays,
    subtractWorkdays,
    addNaturalDays: (date, n, options) => {
      const start = toDayNumber(date);
      assertCount(n, '天数');
      return finish(start + n, options); // pure date math unless rolling forward
    },
    addMonths: (date, n, options) => {
      const parts = parseDay(date);
      assertCount(n, '月数');
      return finish(addMonthsToDay(parts, n), options);
    },
    addYears: (date, n, options) => {
      const parts = parseDay(date);
      assertCount(n, '年数');
      // Checked before multiplying so a huge n cannot overflow the month count.
      if (parts.year + n > 9999)
        throw new RangeError('计算结果超出支持的日期范围（0000-01-01 至 9999-12-31）');
      return finish(addMonthsToDay(parts, n * 12), options);
    },
    workdaysBetween: (from, to) => {
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      if (a === b) return 0;
      // `|| 0` keeps a count of zero from coming back as -0.
      return b > a ? countAfter(a, b) : -countAfter(b, a) || 0;
    },
    coverage,
    coveredYears,
    sourceOf: (year) => tables.get(year)?.source,
    withYear: (data) => createCalendar([...layers, data]),
  };
}

/**
 * The working days of the longest run of consecutive loaded years (the run `coverage` names), indexed by day:
 * `ord[i]` = working days among the run's first i days, `workdays[k]` = the day number of its k-th working day.
 * Adding or subtracting n working days, counting them between two days or classifying a day is then one or two
 * array reads when every day involved lies in the run; anything reaching outside it (a missing year, which must
 * throw CalendarGapError naming that year) takes the year-by-year path, as before.
 */
type FlatIndex = { start: number; length: number; ord: Int32Array; workdays: Int32Array };

const ordAt = (flat: FlatIndex, i: number): number => flat.ord[i] ?? 0;

function coverageRun(tables: ReadonlyMap<number, YearTable>): YearTable[] {
  let best: YearTable[] = [];
  let run: YearTable[] = [];
  for (const year of [...tables.keys()].sort((a, b) => a - b)) {
    const table = tables.get(year);
    if (table === undefined) continue;
    run = run.length > 0 && run[run.length - 1]?.year === year - 1 ? [...run, table] : [table];
    // `>=` prefers the later run on a tie, as `coverage` does.
    if (run.length >= best.length) best = run;
  }
  return best;
}

function flatIndex(run: readonly YearTable[]): FlatIndex {
  const start = run[0]?.start ?? 0;
  const length = run.reduce((n, t) => n + t.length, 0);
  const ord = new Int32Array(length + 1);
  const total = run.reduce((n, t) => n + cumAt(t, t.length), 0);
  const workdays = new Int32Array(total);
  let i = 0;
  let k = 0;
  for (const t of run) {
    for (let d = 0; d < t.length; d++, i++) {
      const working = cumAt(t, d + 1) - cumAt(t, d) === 1;
      if (working) workdays[k++] = t.start + d;
      ord[i + 1] = k;
    }
  }
  return { start, length, ord, workdays };
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}
