// Precomputed per-year working-day tables, so that every query is a few array reads (and addWorkdays a binary
// search) instead of a walk that allocates: the app computes deadlines for many cases at once.

import type { CalendarData, DayKind } from './calendar-types';
import { dayNumberOf, toDayNumber, weekdayOf } from './iso-day';

interface DayOverride {
  readonly isOffDay: boolean;
  readonly name: string;
}

/** One loaded year. `cum[i]` = working days among the year's first i days, so `cum[length]` is its total. */
export interface YearTable {
  readonly year: number;
  readonly source: string;
  /** Day number of January 1. */
  readonly start: number;
  readonly length: number;
  readonly cum: Int32Array;
}

export interface CalendarIndex {
  /** One layer per year, in layering order (later layers win when two fix the same date). */
  readonly layers: readonly CalendarData[];
  readonly tables: ReadonlyMap<number, YearTable>;
  readonly overrides: ReadonlyMap<number, DayOverride>;
}

/**
 * Merges the layers by date. holiday-cn files are keyed by the notice's year and a notice may fix late-December
 * days of the year before (reference §8.2), so a year's table takes its days from every layer. A year is loaded
 * ("covered") when its own layer has at least one day — the empty 2027 placeholder covers nothing. A later layer
 * with the same year replaces the earlier one entirely (an administrator's correction of a year).
 */
export function buildIndex(data: readonly CalendarData[]): CalendarIndex {
  const byYear = new Map<number, CalendarData>();
  for (const layer of data) {
    if (!Number.isInteger(layer.year) || layer.year < 0 || layer.year > 9999) {
      throw new RangeError(`工作日历年份无效：${String(layer.year)}`);
    }
    byYear.delete(layer.year); // re-inserting moves the replacement to the top of the layering order
    byYear.set(layer.year, layer);
  }
  const layers = [...byYear.values()];

  const overrides = new Map<number, DayOverride>();
  for (const layer of layers) {
    for (const day of layer.days) {
      overrides.set(toDayNumber(day.date), { isOffDay: day.isOffDay, name: day.name });
    }
  }

  const tables = new Map<number, YearTable>();
  for (const layer of layers) {
    if (layer.days.length === 0) continue;
    tables.set(layer.year, buildYearTable(layer, overrides));
  }
  return { layers, tables, overrides };
}

/**
 * A day's class (reference §2.1): a date fixed by a notice wins; otherwise Saturday and Sunday are off and
 * Monday–Friday work. Only call this for a day of a loaded year — unlisted days of other years are unknown.
 */
export function classifyDay(
  dayNumber: number,
  overrides: ReadonlyMap<number, DayOverride>,
): { kind: DayKind; name?: string } {
  const fixed = overrides.get(dayNumber);
  if (fixed !== undefined) {
    return { kind: fixed.isOffDay ? 'holiday' : 'makeup_workday', name: fixed.name };
  }
  const weekday = weekdayOf(dayNumber);
  return { kind: weekday === 0 || weekday === 6 ? 'weekend' : 'workday' };
}

export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'makeup_workday';
}

/** `cum[i]`; indices are in range by construction, the fallback only satisfies noUncheckedIndexedAccess. */
export function cumAt(table: YearTable, i: number): number {
  return table.cum[i] ?? 0;
}

function buildYearTable(layer: CalendarData, overrides: ReadonlyMap<number, DayOverride>): YearTable {
  const start = dayNumberOf(layer.year, 1, 1);
  const length = dayNumberOf(layer.year + 1, 1, 1) - start;
  const cum = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    if (isWorkingKind(classifyDay(start + i, overrides).kind)) count++;
    cum[i + 1] = count;
  }
  return { year: layer.year, source: layer.source, start, length, cum };
}
