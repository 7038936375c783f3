import type { ProcedureEvent } from '../procedure/procedure-state';
import { firstHit, firstOf, hitsOf, lastHit, matches, withRef, type Hit } from './case-log';
import type { DeadlineRule, EventRef } from './rule.schema';

/** An excluded period as read from the log; `to` is null while it is still running (e.g. suspended now). */
export type RawInterval = { label: string; from: string; to: string | null };

/** What the log says about one rule: where it starts, what ended it, what paused or extended it. */
export type RuleTimeline = {
  trigger: Hit;
  /** The trigger, or the latest restart after it (办案规则 art 46: the period is counted afresh). */
  start: Hit & { ref: EventRef };
  restarted: boolean;
  completion: Hit | null;
  cancellation: Hit | null;
  intervals: RawInterval[];
  extensionDays: number;
};

/**
 * Reads the log for one rule; null when the rule does not apply (trigger not yet happened, or a required event
 * such as a final award missing). The FIRST trigger counts (the first effective service starts the defence
 * period, as in the procedure engine); later occurrences count only if the rule lists them under `restartOn`.
 */
export function readTimeline(rule: DeadlineRule, events: readonly ProcedureEvent[]): RuleTimeline | null {
  const trigger = firstOf(events, rule.trigger);
  if (trigger === undefined) return null;
  if (!rule.requires.every((ref) => events.some((e) => matches(e, ref)))) return null;

  const restart = lastHit(events, rule.restartOn, trigger.index);
  const start = restart ?? withRef(trigger, rule.trigger);

  // Only acts after the (re)start count: a hearing notice served for the old date does not serve the new one.
  const completion = firstHit(events, rule.completedBy, start.index);
  const cancellation = firstHit(events, cancelRefs(rule), trigger.index);
  // Whichever came first decides: a case closed after the act was done leaves it done.
  const cancelledFirst =
    cancellation !== null && (completion === null || cancellation.index < completion.index);

  return {
    trigger,
    start,
    restarted: restart !== null,
    completion: cancelledFirst ? null : completion,
    cancellation: cancelledFirst ? cancellation : null,
    intervals: rule.excludedIntervals.flatMap((iv) => intervalsOf(events, iv)),
    extensionDays: extensionDaysOf(rule, events, start.index),
  };
}

/** The rule's `cancelledBy` as references, made once per rule object (the engine asks per rule and case). */
const cancelRefsOf = new WeakMap<DeadlineRule, EventRef[]>();
function cancelRefs(rule: DeadlineRule): EventRef[] {
  let refs = cancelRefsOf.get(rule);
  if (refs === undefined) cancelRefsOf.set(rule, (refs = rule.cancelledBy.map((event) => ({ event }))));
  return refs;
}

/**
 * Pairs each `from` event with the first `to` event at or after it in the log. The same event may close its
 * own interval: a 公告 service record holds both the publication and the deemed-service date.
 */
function intervalsOf(
  events: readonly ProcedureEvent[],
  iv: DeadlineRule['excludedIntervals'][number],
): RawInterval[] {
  return hitsOf(events, iv.from).map((from) => {
    const to = hitsOf(events, iv.to, from.index - 1).find((h) => h.date >= from.date);
    return { label: iv.label, from: from.date, to: to?.date ?? null };
  });
}

/**
 * Natural days granted by extension events after the current start. An extension approved for a period that
 * was later restarted belonged to that earlier period, so it is not carried over (the conservative reading).
 */
function extensionDaysOf(rule: DeadlineRule, events: readonly ProcedureEvent[], after: number): number {
  const ext = rule.extension;
  if (ext === undefined) return 0;
  let days = 0;
  events.forEach((e, index) => {
    if (index <= after || !matches(e, ext)) return;
    const v = e.payload[ext.field];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) days += v;
  });
  return days;
}
