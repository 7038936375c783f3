// Per-handler workload for the director (reference §4: B takes over when A is overloaded; §6 keeps raw counts).
// Open cases and deadlines count for the case's A as of today; closures in the chosen period count for whoever
// decided them (closure-credit.ts: the tribunal's arbitrators, not whoever recorded 受理); `coveredAsB` counts
// the cases a B is covering today. Every figure's period is in `WorkloadPeriods` (workload-periods.ts).

import { CalendarGapError } from '../calendar';
import type { Calendar } from '../calendar';
import { isOpenStatus } from './case.schema';
import type { CaseForAssignment } from './case.schema';
import type { ClosureCredit } from './closure-credit';
import { daysFrom, endOfWeek } from './dates';
import { loadOf } from './load';
import { isAway } from './presence';
import type { AssignmentSettings } from './settings.schema';
import type { Leave, StaffMember } from './staff.schema';

export interface WorkloadRow {
  readonly staffId: string;
  readonly name: string;
  readonly active: boolean;
  readonly awayToday: boolean;
  /** Σ weight as A + asB share × Σ weight as B, over open cases. */
  readonly openWeighted: number;
  /** Open cases as A角. */
  readonly openCount: number;
  /** Open cases as B角. */
  readonly openAsB: number;
  /** Open deadlines of their A cases due from today through Sunday of this week. */
  readonly dueThisWeek: number;
  /** … due from today through the `escalationDays`-th working day after it; null when the calendar lacks that year. */
  readonly dueSoon: number | null;
  /** … due before today. */
  readonly overdue: number;
  /** Cases closed in the period that count for them (each tribunal member counts the case once). */
  readonly closedInPeriod: number;
  /** … of which they were the presiding or sole arbitrator. */
  readonly closedAsPresiding: number;
  /** Mean natural days from 受理 to 结案 over those closures (one decimal); null when there are none. */
  readonly averageDaysToClose: number | null;
  /** Open cases where they are B and A is away today. */
  readonly coveredAsB: number;
}

export type WorkloadSortField = Exclude<keyof WorkloadRow, 'staffId' | 'active' | 'awayToday'>;
export const WORKLOAD_SORT_FIELDS: readonly WorkloadSortField[] = [
  'name',
  'openWeighted',
  'openCount',
  'openAsB',
  'dueThisWeek',
  'dueSoon',
  'overdue',
  'closedInPeriod',
  'closedAsPresiding',
  'averageDaysToClose',
  'coveredAsB',
];

const HANDLING_ROLES = new Set(['arbitrator', 'mediator', 'clerk']);

/** A closed case as the report counts it. */
export type CreditedClosure = ClosureCredit & { readonly caseId: string };

/** The days each figure covers: snapshots as of `today`; closures from `from` through `to`. */
export type WorkloadPeriods = {
  readonly today: string;
  /** 本周: today through Sunday. */
  readonly weekEnd: string;
  /** 临近: today through the `escalationDays`-th working day; null when the calendar lacks that year. */
  readonly soonUntil: string | null;
  readonly from: string;
  readonly to: string;
};

export type WorkloadReport = { readonly periods: WorkloadPeriods; readonly rows: WorkloadRow[] };

/** The default period of the closure figures: this calendar year through today. */
export const defaultWorkloadPeriod = (today: string): { from: string; to: string } => ({
  from: `${today.slice(0, 4)}-01-01`,
  to: today,
});

/**
 * One row per person who can handle cases, holds a slot on an open case, or is credited with a closure in the
 * period, in staff order.
 */
export function workloadReport(
  staff: readonly StaffMember[],
  cases: readonly CaseForAssignment[],
  closures: readonly CreditedClosure[],
  leaves: readonly Leave[],
  today: string,
  calendar: Calendar,
  settings: AssignmentSettings,
  period: { from: string; to: string } = defaultWorkloadPeriod(today),
): WorkloadReport {
  let soonLimit: string | null;
  try {
    soonLimit = calendar.addWorkdays(today, settings.escalationDays);
  } catch (e) {
    if (!(e instanceof CalendarGapError)) throw e;
    soonLimit = null;
  }
  const weekEnd = endOfWeek(today);
  const open = cases.filter((c) => isOpenStatus(c.status));
  const inPeriod = closures.filter((c) => period.from <= c.closedOn && c.closedOn <= period.to);
  const people = staff.filter(
    (p) =>
      p.roles.some((r) => HANDLING_ROLES.has(r)) ||
      open.some((c) => c.a === p.id || c.b === p.id) ||
      inPeriod.some((c) => c.deciders.includes(p.id)),
  );

  const rows = people.map((p) => {
    const load = loadOf(p.id, open, settings.weights);
    const due = open.filter((c) => c.a === p.id).flatMap((c) => c.deadlines.map((d) => d.dueDate));
    const closed = inPeriod.filter((c) => c.deciders.includes(p.id));
    const spans = closed.map((c) => daysFrom(c.acceptedOn, c.closedOn));
    const mean =
      spans.length === 0 ? null : Math.round((spans.reduce((s, x) => s + x, 0) / spans.length) * 10) / 10;
    return {
      staffId: p.id,
      name: p.name,
      active: p.active,
      awayToday: isAway(p.id, leaves, today),
      openWeighted: load.weighted,
      openCount: load.asA,
      openAsB: load.asB,
      dueThisWeek: due.filter((d) => today <= d && d <= weekEnd).length,
      dueSoon: soonLimit === null ? null : due.filter((d) => today <= d && d <= soonLimit).length,
      overdue: due.filter((d) => d < today).length,
      closedInPeriod: closed.length,
      closedAsPresiding: closed.filter((c) => c.presidingId === p.id).length,
      averageDaysToClose: mean,
      coveredAsB: open.filter(
        (c) => c.b === p.id && c.a !== undefined && c.a !== p.id && isAway(c.a, leaves, today),
      ).length,
    };
  });
  return { periods: { today, weekEnd, soonUntil: soonLimit, ...period }, rows };
}

/** A sorted copy; names in pinyin order; null values always last; ties keep staff order. */
export function sortWorkload(
  rows: readonly WorkloadRow[],
  field: WorkloadSortField,
  direction: 'asc' | 'desc' = 'desc',
): WorkloadRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const [a, b] = [x[field], y[field]];
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === 'string' && typeof b === 'string') return sign * a.localeCompare(b, 'zh-Hans-CN');
    return sign * (Number(a) - Number(b));
  });
}
