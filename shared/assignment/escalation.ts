// The reminder ladder for a deadline nobody is acting on (reference §4: "a deadline within N days with A
// unavailable" is a trigger for B). Counted on the working-day calendar (reference §2.1, §8): weekends and
// official days off are skipped, 调休 make-up working days count.

import type { Calendar } from '../calendar';
import type { CaseForAssignment, OpenDeadline } from './case.schema';
import { isAway } from './presence';
import type { AssignmentSettings } from './settings.schema';
import type { Leave } from './staff.schema';

export type EscalationLevel = 'none' | 'A' | 'B' | 'director';

export interface EscalationStep {
  readonly level: Exclude<EscalationLevel, 'none'>;
  /** The one working day this level fires. */
  readonly on: string;
}

export interface Escalation {
  /** The level reached by `today`: 'none' before the ladder starts or once someone has acted. */
  readonly level: EscalationLevel;
  /** The day that level fired or fires; null for 'none'. Compare with today: each level fires exactly once. */
  readonly firesOn: string | null;
  readonly firesToday: boolean;
  /** The whole ladder for this deadline, earliest first. */
  readonly schedule: EscalationStep[];
  /** True when an action on or after the ladder's first day (and not after today) stopped it. */
  readonly stopped: boolean;
}

/**
 * The ladder of `deadline` on `today`. It starts on the working day that is `settings.escalationDays` working days
 * before the due date (the due date excluded): A that day; B one working day later, or on the first day when A
 * is away then or no A is recorded; the director one working day after B's day, or on B's day when B is away
 * then or no B is recorded. An action on or after the first day stops the ladder. Throws CalendarGapError when
 * the calendar lacks a year it needs (never a Monday–Friday guess, reference decisions item 3).
 */
export function escalation(
  deadline: OpenDeadline,
  c: Pick<CaseForAssignment, 'a' | 'b'>,
  today: string,
  calendar: Calendar,
  settings: AssignmentSettings,
  lastActionOn?: string,
  leaves: readonly Leave[] = [],
): Escalation {
  const start = calendar.subtractWorkdays(deadline.dueDate, settings.escalationDays);
  const present = (id: string | undefined, on: string) => id !== undefined && !isAway(id, leaves, on);

  const schedule: EscalationStep[] = [];
  let day = start;
  if (present(c.a, day)) {
    schedule.push({ level: 'A', on: day });
    day = calendar.addWorkdays(day, 1);
  }
  if (present(c.b, day)) {
    schedule.push({ level: 'B', on: day });
    day = calendar.addWorkdays(day, 1);
  }
  schedule.push({ level: 'director', on: day });

  const stopped = lastActionOn !== undefined && lastActionOn >= start && lastActionOn <= today;
  const reached = stopped ? undefined : schedule.filter((s) => s.on <= today).at(-1);
  if (reached === undefined) return { level: 'none', firesOn: null, firesToday: false, schedule, stopped };
  return { level: reached.level, firesOn: reached.on, firesToday: reached.on === today, schedule, stopped };
}
