import type { DeadlineStatus } from './deadline-status';
import type { ExplanationBasis } from './explanation-basis';
import type { Responsible, RuleUnit } from './rule.schema';

export type { DeadlineStatus } from './deadline-status';

/**
 * The meaning of the stored projection (case_deadlines). Bumped when a status can change for an unchanged log, so
 * existing databases recompute the rows an older engine wrote: 2 — a duty missed before the case ended is
 * 'missed' (超期（已无需办理）), where version 1 called it 'cancelled'; 3 — rows keep the explanation's basis
 * instead of its text (desktop migration 0013 empties the table, so every case is computed again).
 */
export const DEADLINE_PROJECTION_VERSION = 3;

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
  /** What `explanation` is built from: a stored deadline keeps this and rebuilds the text when read. */
  explanationBasis: ExplanationBasis;
  citation: string;
  confidence?: string;
  /** A year without holiday data: never a Monday–Friday guess (product decision 3). */
  gap?: { year: number; message: string };
};
