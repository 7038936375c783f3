// Who acts for a case on a given day (reference §4: "when A is away, B exercises A's duties"; A and B must not
// be away at the same time). Leave days are inclusive at both ends, so B's cover starts on the first day of A's
// leave and ends on its last day.

import { isOpenStatus } from './case.schema';
import type { CaseForAssignment, OpenDeadline } from './case.schema';
import { isAway } from './presence';
import type { Leave } from './staff.schema';

type Handled = Pick<CaseForAssignment, 'a' | 'b'>;

/**
 * A when A is present on `on`; B while A is away (or no A is recorded) and B is present; null when nobody
 * assigned is present — the escalation ladder then reaches the director.
 */
export function effectiveHandler(c: Handled, leaves: readonly Leave[], on: string): string | null {
  if (c.a !== undefined && !isAway(c.a, leaves, on)) return c.a;
  if (c.b !== undefined && c.b !== c.a && !isAway(c.b, leaves, on)) return c.b;
  return null;
}

export interface TodoItem {
  readonly caseId: string;
  readonly caseNumber?: string;
  /** The slot the person holds on this case. */
  readonly role: 'A' | 'B';
  /** True when B acts because A is away that day. */
  readonly covering: boolean;
  /** The case's open deadlines, earliest first. */
  readonly deadlines: OpenDeadline[];
}

const byDue = (x: OpenDeadline, y: OpenDeadline) =>
  x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : x.label < y.label ? -1 : x.label > y.label ? 1 : 0;

/**
 * The open cases in `staffId`'s 期限待办 on `on`: their own A cases while they are present, and the cases where
 * they are B and A is away that day — exactly for A's leave, both ends included, gone the day after.
 */
export function todoFor(
  staffId: string,
  cases: readonly CaseForAssignment[],
  leaves: readonly Leave[],
  on: string,
): TodoItem[] {
  const out: TodoItem[] = [];
  for (const c of cases) {
    if (!isOpenStatus(c.status) || effectiveHandler(c, leaves, on) !== staffId) continue;
    const role = c.a === staffId ? 'A' : 'B';
    const item: TodoItem = {
      caseId: c.id,
      role,
      covering: role === 'B',
      deadlines: [...c.deadlines].sort(byDue),
    };
    out.push(c.caseNumber === undefined ? item : { ...item, caseNumber: c.caseNumber });
  }
  const first = (t: TodoItem) => t.deadlines[0]?.dueDate ?? '9999-12-31';
  return out.sort((x, y) =>
    first(x) !== first(y)
      ? first(x) < first(y)
        ? -1
        : 1
      : x.caseId < y.caseId
        ? -1
        : x.caseId > y.caseId
          ? 1
          : 0,
  );
}
