// Who is away on a day: any 请假, 出差 or 培训 covering it, both ends included (reference §4: "A and B absent at
// the same time" is forbidden; B acts while A is away).

import { within } from './dates';
import type { Leave } from './staff.schema';

/** The leave that keeps `staffId` away on `date`, if any. */
export function leaveOn(staffId: string, leaves: readonly Leave[], date: string): Leave | undefined {
  return leaves.find((l) => l.staffId === staffId && within(date, l.from, l.to));
}

/** True when `staffId` is away on `date`. */
export function isAway(staffId: string, leaves: readonly Leave[], date: string): boolean {
  return leaveOn(staffId, leaves, date) !== undefined;
}
