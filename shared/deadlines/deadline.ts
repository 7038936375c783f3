import type { Responsible, RuleUnit } from './rule.schema';

/**
 * pending   – running, not yet done;             met / met_late – done on time / after the due date;
 * overdue   – a duty past its due date;           expired – a party's option that lapsed unused (an
 *             `informational` rule: a suit not brought, no defence filed — nothing is owed, so never 'overdue');
 * cancelled – no longer needed before it fell due (the case ended another way);
 * missed    – a duty that passed its due date undone and only later stopped being needed: it stays a missed
 *             deadline (超期, issue 10 item 6), with its due date and the day it became moot (`cancelledOn`);
 * paused    – an excluded period is running now.
 */
export type DeadlineStatus =
  'pending' | 'met' | 'met_late' | 'overdue' | 'missed' | 'expired' | 'cancelled' | 'paused';

/**
 * The meaning of the stored projection (case_deadlines). Bumped when a status can change for an unchanged log, so
 * existing databases recompute the rows an older engine wrote: 2 — a duty missed before the case ended is
 * 'missed' (超期（已无需办理）), where version 1 called it 'cancelled'.
 */
export const DEADLINE_PROJECTION_VERSION = 2;

/** One rule applied to one case (one row of `case_deadlines`). Dates are 'YYYY-MM-DD'. */
export type Deadline = {
  ruleId: string;
  label: string;
  responsible: Responsible;
  informational: boolean;
  /** The rule's unit, so a caller can recount `daysLeft` on a later day the same way. */
  unit: RuleUnit;
  /** The event the period runs from: the trigger, or the latest restart. */
  startEvent: string;
  startDate: string;
  /** The day that counts, after any roll-forward; null when the calendar lacks a year (see `gap`). */
  dueDate: string | null;
  /** The raw last day when it was off and rolled forward to `dueDate`. */
  rolledFrom?: string;
  /** 'before' rules: the legal minimum (法定最低要求) beside the strict `dueDate`, reference §2.4. */
  lenientDueDate?: string;
  status: DeadlineStatus;
  completedOn?: string;
  /** The day it stopped being needed (status 'cancelled', 'missed', or 'expired' after its due date). */
  cancelledOn?: string;
  /**
   * Working days for workday rules, natural days otherwise; 0 = due today; negative when past due. For 'missed',
   * how far past due it was on the day it became moot.
   */
  daysLeft?: number;
  pausedSince?: string;
  /** Days deducted for excluded periods (working days for workday rules) and natural days of extension. */
  excludedDays: number;
  extensionDays: number;
  explanation: string;
  citation: string;
  confidence?: string;
  /** A year without holiday data: never a Monday–Friday guess (product decision 3). */
  gap?: { year: number; message: string };
};
