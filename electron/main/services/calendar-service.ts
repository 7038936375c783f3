import {
  CalendarYearData,
  officialCalendar,
  type Calendar,
  type CalendarData,
} from '../../../shared/calendar';
import type { CalendarStatus } from '../../../shared/contracts/procedure.schema';
import { ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import { z } from 'zod';
import type { Repos } from '../db/repositories';
import type { SettingsRepo } from '../db/repositories/settings.repo';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

const ImportedYears = z.array(CalendarYearData);

/** The years an administrator imported (setting `calendar.years`); an unreadable value counts as none. */
export function importedYears(settings: SettingsRepo): CalendarData[] {
  const parsed = ImportedYears.safeParse(settings.get('calendar.years') ?? []);
  return parsed.success ? parsed.data : [];
}

/** The bundled State Council data with these years layered on top. */
export const calendarWith = (years: readonly CalendarData[]): Calendar =>
  years.reduce<Calendar>((c, y) => c.withYear(y), officialCalendar);

/**
 * The working-day calendar in force: the bundled State Council data with the years an administrator imported
 * (setting `calendar.years`, synced to every station) layered on top. Rebuilt only when an import changes it.
 */
export function createCalendarService(repos: Repos, mutations: MutationRunner, now: () => number = Date.now) {
  let cached: { key: string; calendar: Calendar } | null = null;

  const imported = (): CalendarData[] => importedYears(repos.settings);

  function current(): Calendar {
    const years = imported();
    const key = JSON.stringify(years.map((y) => [y.year, y.days.length, y.source]));
    if (cached?.key !== key) cached = { key, calendar: calendarWith(years) };
    return cached.calendar;
  }

  return {
    current,
    status(): CalendarStatus {
      const calendar = current();
      const importedYears = new Set(imported().map((y) => y.year));
      const today = todayInChina(now());
      const years = calendar.coveredYears();
      const thisYear = Number(today.slice(0, 4));
      return {
        coverage: calendar.coverage(),
        years: years.map((year) => ({
          year,
          source: calendar.sourceOf(year) ?? '',
          imported: importedYears.has(year),
        })),
        today,
        todayCovered: years.includes(thisYear),
        nextYearCovered: years.includes(thisYear + 1),
      };
    },
    /** Adds or replaces one year from the State Council notice; the caller recomputes deadlines afterwards. */
    importYear(data: CalendarData, actor: Actor): Result<{ year: number }> {
      const others = imported().filter((y) => y.year !== data.year);
      const r = mutations.run(
        'settings.set',
        { key: 'calendar.years', value: [...others, data].sort((a, b) => a.year - b.year) },
        actor,
      );
      if (!r.ok) return r;
      cached = null;
      return ok({ year: data.year });
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
