import type { Calendar } from '../calendar';
import { daysFrom, maxDate, minDate, shiftDays } from '../util/day-number';
import type { RawInterval } from './rule-timeline';
import type { DeadlineRule } from './rule.schema';

/** One excluded period as it was deducted: `days` are natural days, or working days for a workday rule. */
export type ExcludedPart = { label: string; from: string; to: string; days: number; open: boolean };

export type CalendarGap = { year: number; message: string; date: string };

export type DueResult = {
  /** The last day before any roll-forward; null when the calendar lacks a year needed to find it. */
  raw: string | null;
  /** The day that counts (rolled forward when the rule says so); null on a calendar gap. */
  due: string | null;
  /** 'before' rules: the legal minimum (the n-th unit before the trigger date), reference §2.4. */
  lenient?: string;
  strict?: string;
  parts: ExcludedPart[];
  extensionDays: number;
  rolled: boolean;
  /**
   * The last day is off but the rule does not roll forward (the committee's own 审限, decision 2); for a 'before'
   * rule, the last day is off and is not moved either way.
   */
  offNotRolled: boolean;
  gap?: CalendarGap;
};

const RAW = { rollForward: false } as const;

/**
 * A DueResult built as one literal with its fields always in the same order. Not `{ ...empty, raw, due }`: a
 * spread followed by fields the spread already set leaves V8 an object in dictionary mode, whose every later
 * read (statusOf, explanationBasis, per deadline of a 60k-case recompute) is a hash lookup — that spread alone
 * was most of this module's time in a profile of the recompute.
 */
function result(
  extensionDays: number,
  raw: string | null,
  due: string | null,
  parts: ExcludedPart[],
  rolled: boolean,
  offNotRolled: boolean,
): DueResult {
  return { raw, due, parts, extensionDays, rolled, offNotRolled };
}

/** CALENDAR_GAP from any Calendar implementation (duck-typed, so an injected calendar need not share classes). */
export function asCalendarGap(e: unknown): CalendarGap | null {
  if (!(e instanceof Error)) return null;
  const g = e as Error & { code?: unknown; year?: unknown; date?: unknown };
  if (g.code !== 'CALENDAR_GAP' || typeof g.year !== 'number') return null;
  return { year: g.year, message: g.message, date: typeof g.date === 'string' ? g.date : `${g.year}-01-01` };
}

type Input = {
  rule: DeadlineRule;
  start: string;
  intervals: readonly RawInterval[];
  extensionDays: number;
  calendar: Calendar;
  today: string;
};

/** The calendar gap a count ran into: no day, the gap named (fields added in the order the old spread gave). */
function gapResult(
  extensionDays: number,
  raw: string | null,
  parts: ExcludedPart[],
  gap: CalendarGap,
): DueResult {
  const r = result(extensionDays, raw, null, parts, false, false);
  r.gap = gap;
  return r;
}

export function computeDue(input: Input): DueResult {
  const { rule, calendar, extensionDays } = input;
  if (rule.direction === 'before') {
    try {
      const before = beforeDue(rule, input.start, calendar);
      // The strict day can be a Sunday (the day before a Monday); moving it would leave too few days.
      const r = result(extensionDays, before.raw, before.due, [], false, calendar.isOffDay(before.due));
      r.lenient = before.lenient;
      r.strict = before.strict;
      return r;
    } catch (e) {
      const gap = asCalendarGap(e);
      if (gap === null) throw e;
      return gapResult(extensionDays, null, [], gap);
    }
  }
  let counted: { raw: string; parts: ExcludedPart[] };
  try {
    counted = afterRaw(input);
  } catch (e) {
    const gap = asCalendarGap(e);
    if (gap === null) throw e;
    return gapResult(extensionDays, null, [], gap);
  }
  const { raw, parts } = counted;
  // Not rolled forward, in a year the calendar lacks: the catch below would give the raw day; known here
  // without throwing a CalendarGapError (a stack trace per deadline, for every case due next year).
  if (!rule.rollForward && calendar.sourceOf(Number(raw.slice(0, 4))) === undefined)
    return result(extensionDays, raw, raw, parts, false, false);
  try {
    const off = calendar.isOffDay(raw);
    const due = off && rule.rollForward ? calendar.addNaturalDays(raw, 0, { rollForward: true }) : raw;
    return result(extensionDays, raw, due, parts, due !== raw, off && !rule.rollForward);
  } catch (e) {
    const gap = asCalendarGap(e);
    if (gap === null) throw e;
    // A raw day that needs no roll-forward is known without the calendar; otherwise it is a visible gap.
    return rule.rollForward
      ? gapResult(extensionDays, raw, parts, gap)
      : result(extensionDays, raw, raw, parts, false, false);
  }
}

/**
 * "Notice n days before the hearing H" (law art 35; reference §2.2, §2.4). Lenient: the n-th unit before H,
 * so the n-th unit after service is H itself. Strict: the day before that, so n full units lie strictly
 * between service and H (served 2026-09-29 for a hearing on 2026-10-13, rather than 09-30).
 */
function beforeDue(
  rule: DeadlineRule,
  h: string,
  calendar: Calendar,
): { raw: string; due: string; lenient: string; strict: string } {
  const lenient =
    rule.unit === 'workday' ? calendar.subtractWorkdays(h, rule.count) : shiftDays(h, -rule.count);
  const strict = shiftDays(lenient, -1);
  const due = rule.beforeReading === 'strict' ? strict : lenient;
  return { raw: due, due, lenient, strict };
}

/** Resolved intervals: a running one counts up to today; sorted so overlapping ones are deducted once. */
function resolve(intervals: readonly RawInterval[], today: string): (ExcludedPart & { end: string })[] {
  return intervals
    .map((iv) => {
      const end = iv.to ?? maxDate(today, iv.from);
      return { label: iv.label, from: iv.from, to: end, end, days: 0, open: iv.to === null };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function afterRaw(input: Input): { raw: string; parts: ExcludedPart[] } {
  const { rule, start, calendar, extensionDays } = input;
  const ivs = resolve(input.intervals, input.today);
  if (rule.unit === 'workday') {
    // Nothing excluded: the n-th working day in one calendar call (a binary search over the year's table)
    // instead of n calls of one day each — what the loop below gives when no day is skipped.
    if (ivs.length === 0)
      return { raw: shiftDays(calendar.addWorkdays(start, rule.count), extensionDays), parts: [] };
    // Working days inside an excluded period are skipped; the result is then a working day (§2.2).
    const skipped = ivs.map(() => 0);
    let d = start;
    for (let k = 0; k < rule.count;) {
      d = calendar.addWorkdays(d, 1);
      const i = ivs.findIndex((iv) => iv.from <= d && d <= iv.end);
      if (i < 0) k++;
      else skipped[i] = (skipped[i] ?? 0) + 1;
    }
    const parts = ivs.map((iv, i) => ({ ...strip(iv), days: skipped[i] ?? 0 })).filter((p) => p.days > 0);
    return { raw: shiftDays(d, extensionDays), parts };
  }
  const base =
    rule.unit === 'natural_day'
      ? shiftDays(start, rule.count)
      : rule.unit === 'month'
        ? calendar.addMonths(start, rule.count, RAW)
        : calendar.addYears(start, rule.count, RAW);
  const target = shiftDays(base, extensionDays);
  if (ivs.length === 0) return { raw: target, parts: [] }; // nothing to deduct: the loop below would stop at once
  // 办案规则 art 46(6): excluded days that fall within [start, due] push the due date out; repeated until
  // stable, so a period newly reached by the later date is deducted as well.
  let due = target;
  for (;;) {
    const next = shiftDays(
      target,
      overlap(ivs, start, due).reduce((n, p) => n + p.days, 0),
    );
    if (next === due) break;
    due = next;
  }
  return { raw: due, parts: overlap(ivs, start, due) };
}

/** Days of each interval inside [start, end], both ends inclusive, each day counted once across intervals. */
function overlap(
  ivs: readonly (ExcludedPart & { end: string })[],
  start: string,
  end: string,
): ExcludedPart[] {
  const parts: ExcludedPart[] = [];
  let covered: string | null = null; // the last day already deducted
  for (const iv of ivs) {
    const from = maxDate(iv.from, covered === null ? start : maxDate(start, shiftDays(covered, 1)));
    const to = minDate(iv.end, end);
    if (from > to) continue;
    parts.push({ ...strip(iv), from, to, days: daysFrom(from, to) + 1 });
    covered = covered === null ? to : maxDate(covered, to);
  }
  return parts;
}

const strip = (iv: ExcludedPart & { end: string }): ExcludedPart => ({
  label: iv.label,
  from: iv.from,
  to: iv.to,
  days: iv.days,
  open: iv.open,
});
