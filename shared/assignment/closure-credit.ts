// Who a closed case counts for in the workload report (issue 10 item 7). A closure is the work of whoever
// decided it, not of whoever recorded its acceptance:
// - an arbitration case closed while a tribunal sits (award, 仲裁调解, withdrawal, 视为撤回, 终止 …) counts once
//   for each of its arbitrators — the presiding (or sole) arbitrator included, and also shown apart (law art 31:
//   the tribunal decides; art 45: by majority, else the presiding arbitrator's view);
// - a case closed with no tribunal (a mediation, or an arbitration withdrawn before one was composed) counts for
//   the person who recorded the closing step — the mediator, or the arbitrator who allowed the withdrawal;
// - a closed case imported from a previous system carries no such step: it counts for its A角, if any.
// Cases never accepted (不予受理, 告知另行申请) are not closures of handled cases and count for nobody.

import { applyEvent, type FoldableEvent } from '../procedure/machine';
import { initialState, type CaseBasics } from '../procedure/procedure-state';
import { liveLog } from '../procedure/live-log';

export type LoggedEvent = FoldableEvent & { actorId: string | null };

export type ClosureCredit = {
  acceptedOn: string;
  closedOn: string;
  /** Everyone the closure counts for, each once. */
  deciders: string[];
  /** The presiding or sole arbitrator, when a tribunal decided. */
  presidingId: string | null;
};

/** Null for a case that is not closed, or that was never accepted. */
export function closureCredit(
  basics: CaseBasics,
  events: readonly LoggedEvent[],
  handlerId: string | null,
): ClosureCredit | null {
  let s = initialState(basics);
  let closer: string | null = null;
  // The same events in force as the procedure fold (corrections in place, voids removed): shared/procedure/live-log.
  for (const e of liveLog(events)) {
    const wasClosed = s.closedOn !== null;
    s = applyEvent(s, e);
    if (!wasClosed && s.closedOn !== null) closer = e.type === 'case.imported' ? null : e.actorId;
  }
  if (s.closedOn === null || s.acceptedOn === null) return null;
  const base = { acceptedOn: s.acceptedOn, closedOn: s.closedOn };
  if (s.tribunal !== null)
    return {
      ...base,
      deciders: [...new Set([s.tribunal.presidingId, ...s.tribunal.memberIds])],
      presidingId: s.tribunal.presidingId,
    };
  const who = closer ?? handlerId;
  return { ...base, deciders: who === null ? [] : [who], presidingId: null };
}
