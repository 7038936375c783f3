import type { Calendar } from '../calendar';
import type { CaseKind } from '../domain/reference-data';
import { liveEvents, type LogEvent } from './case-log';
import { daysFrom, dayOf } from '../util/day-number';
import type { Deadline, DeadlineStatus } from './deadline';
import { asCalendarGap, computeDue, type DueResult } from './due-date';
import { explainDeadline } from './explain';
import { explanationBasis } from './explanation-basis';
import { readTimeline, type RuleTimeline } from './rule-timeline';
import type { DeadlineRule } from './rule.schema';

export type ComputeDeadlinesInput = {
  kind: CaseKind;
  /** The case's event log in the order it was recorded; the first event is 'case.received'. */
  events: readonly LogEvent[];
  rules: readonly DeadlineRule[];
  /** Always passed in, never the bundled one: years an administrator imported must count (decision 3). */
  calendar: Calendar;
  today: string;
  /**
   * False when the caller keeps only `explanationBasis` (the projection builds the text when a row is read):
   * `explanation` is then left empty instead of being built for every deadline of every case recomputed.
   */
  explain?: boolean;
};

/**
 * Every deadline of a case under a committee's rules, one per rule whose trigger has happened, in rule order.
 * Pure and deterministic: the same log, rules, calendar and day give the same result.
 */
export function computeDeadlines(input: ComputeDeadlinesInput): Deadline[] {
  dayOf(input.today); // an invalid "today" is a programming error: fail loudly, not silently
  const events = liveEvents(input.events);
  const out: Deadline[] = [];
  for (const rule of input.rules) {
    if (!rule.kinds.includes(input.kind)) continue;
    const timeline = readTimeline(rule, events);
    if (timeline !== null)
      out.push(deadlineFor(rule, timeline, input.calendar, input.today, input.explain !== false));
  }
  return out;
}

function deadlineFor(
  rule: DeadlineRule,
  tl: RuleTimeline,
  calendar: Calendar,
  today: string,
  explain: boolean,
): Deadline {
  const due = computeDue({
    rule,
    start: tl.start.date,
    intervals: tl.intervals,
    extensionDays: tl.extensionDays,
    calendar,
    today,
  });
  const { status, pausedSince, timelinessUnknown } = statusOf(rule, tl, due, today);
  const open = status === 'pending' || status === 'paused' || status === 'overdue' || status === 'expired';
  // A missed duty keeps how late it was when it became moot; an open one counts to today.
  const asOf = status === 'missed' ? tl.cancellation?.date : open ? today : undefined;
  const daysLeft =
    asOf !== undefined && due.due !== null ? daysLeftOf(rule, due.due, calendar, asOf) : undefined;
  const basis = explanationBasis({ rule, timeline: tl, due, status, timelinessUnknown, pausedSince });
  const deadline: Deadline = {
    ruleId: rule.id,
    label: rule.label,
    responsible: rule.responsible,
    informational: rule.informational,
    unit: rule.unit,
    startEvent: tl.start.type,
    startDate: tl.start.date,
    dueDate: due.due,
    status,
    excludedDays: due.parts.reduce((n, p) => n + p.days, 0),
    extensionDays: due.extensionDays,
    explanation: explain ? explainDeadline(basis) : '',
    explanationBasis: basis,
    citation: rule.citation,
  };
  if (due.rolled && due.raw !== null) deadline.rolledFrom = due.raw;
  if (due.lenient !== undefined && rule.beforeReading === 'strict') deadline.lenientDueDate = due.lenient;
  if (tl.completion !== null) deadline.completedOn = tl.completion.date;
  if (tl.cancellation !== null) deadline.cancelledOn = tl.cancellation.date;
  if (daysLeft !== undefined) deadline.daysLeft = daysLeft;
  if (pausedSince !== undefined) deadline.pausedSince = pausedSince;
  if (rule.confidence !== undefined) deadline.confidence = rule.confidence;
  if (due.gap !== undefined) deadline.gap = { year: due.gap.year, message: due.gap.message };
  return deadline;
}

type StatusInfo = { status: DeadlineStatus; pausedSince?: string; timelinessUnknown: boolean };

function statusOf(rule: DeadlineRule, tl: RuleTimeline, due: DueResult, today: string): StatusInfo {
  if (tl.completion !== null) {
    const on = tl.completion.date;
    if (due.due !== null) return { status: on <= due.due ? 'met' : 'met_late', timelinessUnknown: false };
    // Calendar gap: done is done, but "on time" is only certain when it was done before any day the due date
    // could be — the raw day, or for a count that ran into the gap, the first day of the missing year.
    const notBefore = rule.direction === 'after' ? (due.raw ?? due.gap?.date) : undefined;
    return { status: 'met', timelinessUnknown: notBefore === undefined || on > notBefore };
  }
  if (tl.cancellation !== null) {
    // Made moot only after its due date had passed: the history keeps it as missed (or, for a party's option,
    // lapsed), never as if it had been cancelled in time (issue 10 item 6).
    const late = due.due !== null && tl.cancellation.date > due.due;
    if (!late) return { status: 'cancelled', timelinessUnknown: false };
    return { status: rule.informational ? 'expired' : 'missed', timelinessUnknown: false };
  }
  // An interval that ended today (resumed today) no longer pauses anything; one ending later (a 公告 still
  // running) does. The earliest start of those still running, if any.
  let pausedSince: string | undefined;
  for (const p of due.parts)
    if ((p.open || (p.from <= today && today < p.to)) && (pausedSince === undefined || p.from < pausedSince))
      pausedSince = p.from;
  if (pausedSince !== undefined) return { status: 'paused', pausedSince, timelinessUnknown: false };
  // Without a due date nothing can be called late: it stays pending, with the gap shown beside it.
  if (due.due === null || today <= due.due) return { status: 'pending', timelinessUnknown: false };
  return { status: rule.informational ? 'expired' : 'overdue', timelinessUnknown: false };
}

/** Working days for workday rules (what a clerk counts), natural days otherwise; negative once past due. */
function daysLeftOf(rule: DeadlineRule, due: string, calendar: Calendar, today: string): number | undefined {
  if (rule.unit !== 'workday') return daysFrom(today, due);
  try {
    // Past due, at least −1 even when only off days have passed since (due Friday, today Saturday).
    return due >= today
      ? calendar.workdaysBetween(today, due)
      : -Math.max(1, calendar.workdaysBetween(due, today));
  } catch (e) {
    if (asCalendarGap(e) === null) throw e;
    return undefined;
  }
}
