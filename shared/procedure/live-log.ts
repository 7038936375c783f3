/**
 * Which events of a case's append-only log are in force (sync §2.8: corrections and voids are new events that
 * point at the original through `supersedesEventId`; nothing is edited or deleted). The procedure fold, the
 * deadline engine, the documents and the timeline all read the log through this one function, so they can
 * never disagree about what counts.
 */

/** A void: the event it supersedes was entered by mistake and no longer counts; nothing takes its place. */
export const EVENT_VOIDED = 'event.voided';

/** The receipt events: the first fact of every case, corrected (superseded) but never voided. */
export const RECEIPT_EVENT_TYPES: readonly string[] = ['case.received', 'case.imported'];

export type SupersedableEvent = {
  id?: string;
  type: string;
  supersedesEventId?: string | null;
};

/**
 * The events still in force, in log order. A correction takes the place of the event it corrects — a corrected
 * 收件日期 stays the first event of the log whatever day it was corrected on — and a void removes its event.
 * Chains follow through (a correction of a correction); when two events supersede the same one (recorded on two
 * offline devices), the later in the log wins. An event pointing at an id outside the log stays where it is.
 */
export function liveLog<E extends SupersedableEvent>(events: readonly E[]): E[] {
  // Most logs hold no correction and no void: every event is in force, in place (what the rest gives then).
  if (events.every((e) => typeof e.supersedesEventId !== 'string' && e.type !== EVENT_VOIDED))
    return events.slice();
  const ids = new Set(events.flatMap((e) => (e.id === undefined ? [] : [e.id])));
  const replacement = new Map<string, E>();
  for (const e of events)
    if (typeof e.supersedesEventId === 'string' && ids.has(e.supersedesEventId))
      replacement.set(e.supersedesEventId, e);
  const isReplacement = (e: E) => typeof e.supersedesEventId === 'string' && ids.has(e.supersedesEventId);

  const inForce = (e: E): E | null => {
    let cur = e;
    // Bounded by the log's length, so a malformed cycle cannot loop forever.
    for (let hops = 0; hops <= events.length; hops++) {
      const next = cur.id === undefined ? undefined : replacement.get(cur.id);
      if (next === undefined) return cur.type === EVENT_VOIDED ? null : cur;
      cur = next;
    }
    return null;
  };

  const out: E[] = [];
  for (const e of events) {
    if (isReplacement(e)) continue;
    const live = inForce(e);
    if (live !== null) out.push(live);
  }
  return out;
}

/** The ids of events that a later correction or void has superseded (for the timeline's strike-through). */
export function supersededIds(events: readonly SupersedableEvent[]): Set<string> {
  return new Set(
    events.flatMap((e) => (typeof e.supersedesEventId === 'string' ? [e.supersedesEventId] : [])),
  );
}

/** The first receipt event in force, whose date is the case's 收件日期. */
export function liveReceipt<E extends SupersedableEvent>(events: readonly E[]): E | undefined {
  return liveLog(events).find((e) => RECEIPT_EVENT_TYPES.includes(e.type));
}
