import type { CalendarStatus } from '../../../shared/contracts/procedure.schema';

export type CalendarWarning = { level: 'error' | 'warning'; key: 'today' | 'nextYear'; text: string };

/**
 * What the app must warn about: no holiday data for today's year (deadlines cannot be computed now) or for next
 * year (deadlines that run into it cannot be computed). Working days are never guessed (product decision 3).
 */
export function calendarWarnings(
  s: Pick<CalendarStatus, 'today' | 'todayCovered' | 'nextYearCovered'>,
): CalendarWarning[] {
  const year = Number(s.today.slice(0, 4));
  const out: CalendarWarning[] = [];
  if (!s.todayCovered)
    out.push({
      level: 'error',
      key: 'today',
      text: `${year} 年节假日安排尚未载入，今天起算的期限无法计算`,
    });
  if (!s.nextYearCovered)
    out.push({
      level: 'warning',
      key: 'nextYear',
      text: `${year + 1} 年节假日安排尚未载入，涉及 ${year + 1} 年的期限将无法计算`,
    });
  return out;
}
