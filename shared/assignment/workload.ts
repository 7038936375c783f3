// Per-handler workload for the director (reference §4: B takes over when A is overloaded; §6 keeps raw counts).
// Deadlines and closures count for the case's A; `coveredAsB` counts the cases a B is covering today.

import { CalendarGapError } from '../calendar';
import type { Calendar } from '../calendar';
import { isOpenStatus } from './case.schema';
import type { CaseForAssignment } from './case.schema';
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
  /** Their A cases closed from the first of this month through today. */
  readonly closedThisMonth: number;
  /** Mean natural days from 受理 to 结案 over their closed A cases (one decimal); null when there are none. */
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
  'closedThisMonth',
  'averageDaysToClose',
  'coveredAsB',
];

const HANDLING_ROLES = new Set(['arbitrator', 'mediator', 'clerk']);

/** One row per person who can handle cases or holds a slot on any case, in staff order. */
export function workloadReport(
  staff: readonly StaffMember[],
  cases: readonly CaseForAssignment[],
  leaves: readonly Leave[],
  today: string,
  calendar: Calendar,
  settings: AssignmentSettings,
): WorkloadRow[] {
  let soonLimit: string | null;
  try {
    soonLimit = calendar.addWorkdays(today, settings.escalationDays);
  } catch (e) {
    if (!(e instanceof CalendarGapError)) throw e;
    soonLimit = null;
  }
  const weekEnd = endOfWeek(today);
  const monthStart = `${today.slice(0, 8)}01`;
  const open = cases.filter((c) => isOpenStatus(c.status));
  const people = staff.filter(
    (p) => p.roles.some((r) => HANDLING_ROLES.has(r)) || open.some((c) => c.a === p.id || c.b === p.id),
  );

  return people.map((p) => {
    const load = loadOf(p.id, open, settings.weights);
    const due = open.filter((c) => c.a === p.id).flatMap((c) => c.deadlines.map((d) => d.dueDate));
    const closed = cases.filter((c) => c.a === p.id && !isOpenStatus(c.status) && c.closedOn !== undefined);
    const spans = closed.flatMap((c) =>
      c.acceptedOn !== undefined && c.closedOn !== undefined ? [daysFrom(c.acceptedOn, c.closedOn)] : [],
    );
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
      closedThisMonth: closed.filter(
        (c) => c.closedOn !== undefined && monthStart <= c.closedOn && c.closedOn <= today,
      ).length,
      averageDaysToClose: mean,
      coveredAsB: open.filter(
        (c) => c.b === p.id && c.a !== undefined && c.a !== p.id && isAway(c.a, leaves, today),
      ).length,
    };
  });
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
