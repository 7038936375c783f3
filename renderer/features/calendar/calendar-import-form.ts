import { z } from 'zod';
import { CalendarYearData, type CalendarYearDataInput } from '../../../shared/calendar/calendar-data.schema';
import { parseCalendarLines } from './calendar-lines';

/** What the import form edits: the days as text lines, parsed on submit. */
export type CalendarImportValues = { year: number | null; source: string; daysText: string };
type FieldName = keyof CalendarImportValues;
export type ImportProblem = { field: FieldName; message: string };

/**
 * The form's values → CalendarYearData (the schema main validates with), or the problems by field. Line errors
 * and the schema's per-day issues (a date outside the year, a repeated date) all name the textarea line.
 */
export function toCalendarYear(
  v: CalendarImportValues,
): { ok: true; value: CalendarYearDataInput } | { ok: false; problems: ImportProblem[] } {
  const { days, errors } = parseCalendarLines(v.daysText);
  const problems: ImportProblem[] = [];
  const lineErrors = [...errors];
  const parsed = CalendarYearData.safeParse({
    year: v.year ?? undefined,
    source: v.source,
    days: days.map(({ date, isOffDay, name }) => ({ date, isOffDay, name })),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index] = issue.path;
      if (head === 'days' && typeof index === 'number') {
        const line = days[index]?.line;
        lineErrors.push(line === undefined ? issue.message : `第 ${line} 行：${issue.message}`);
      } else if (head === 'days') {
        if (errors.length === 0) lineErrors.push(issue.message);
      } else if (head === 'year' || head === 'source') {
        problems.push({ field: head, message: issue.message });
      }
    }
  }
  if (lineErrors.length > 0) problems.push({ field: 'daysText', message: lineErrors.join('\n') });
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: parsed.data };
}

/** For react-hook-form: the same check as a zod schema whose output is what calendar:importYear takes. */
export const CalendarImportForm = z
  .object({ year: z.number().nullable(), source: z.string(), daysText: z.string() })
  .transform((v, ctx) => {
    const r = toCalendarYear(v);
    if (r.ok) return r.value;
    for (const p of r.problems) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
    return z.NEVER;
  });

/** The year to offer first: this year if it is missing, else next year if missing, else the one after the last. */
export function suggestedYear(today: string, years: readonly { year: number }[]): number {
  const y = Number(today.slice(0, 4));
  const have = new Set(years.map((x) => x.year));
  if (!have.has(y)) return y;
  if (!have.has(y + 1)) return y + 1;
  return Math.max(...have) + 1;
}
