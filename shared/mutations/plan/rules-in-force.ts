import { z } from 'zod';
import { CalendarYearData, officialCalendar, type Calendar } from '../../calendar';
import { loadRuleSet, type DeadlineRule } from '../../deadlines';
import type { RowReader } from './store-port';
import type { PlanReference } from './planner';

const ImportedYears = z.array(CalendarYearData);

/**
 * The working-day calendar in force, read from rows: the bundled State Council data with the years an
 * administrator imported (setting `calendar.years`) on top — what the desktop's calendar service builds, so a
 * planner counts days the same way on every desktop and on the server.
 */
export function calendarIn(read: Pick<RowReader, 'get'>): Calendar {
  const parsed = ImportedYears.safeParse(read.get('setting', 'calendar.years')?.value ?? []);
  return (parsed.success ? parsed.data : []).reduce<Calendar>((c, y) => c.withYear(y), officialCalendar);
}

/** The deadline rules in force: the committee's edited set (setting `deadline.rules`) or the shipped one. */
export function deadlineRulesIn(read: Pick<RowReader, 'get'>, reference: PlanReference): DeadlineRule[] {
  const custom = read.get('setting', 'deadline.rules')?.value;
  if (custom !== undefined && custom !== null) {
    const r = loadRuleSet(custom);
    if (r.ok) return r.rules;
  }
  const r = loadRuleSet(reference.deadlineRules);
  if (!r.ok)
    throw new Error(`the shipped deadline rules are invalid: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return r.rules;
}
