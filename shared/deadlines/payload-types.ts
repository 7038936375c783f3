import type { DeadlineRule, EventRef } from './rule.schema';

/**
 * The event types whose payload a rule set can read. The engine looks into an event's payload only after its
 * type matched a reference (case-log.ts `matches`, `dateOf`; rule-timeline.ts's extension days), and only for
 * a reference with a `where`, a `dateField` or an extension `field`: every other event counts by its type and
 * its own date. A recompute reads 60k cases' logs, most of whose payloads (a received case's parties, a
 * tribunal's members) no rule ever reads, so it leaves those unparsed; the result is the same (a property test
 * in payload-types.test.ts computes both ways).
 */
export function payloadTypesOf(rules: readonly DeadlineRule[]): string[] {
  // Asked per chunk of a recompute and per refresh: worked out once per rule set (its array, as loaded).
  let known = memo.get(rules);
  if (known === undefined) memo.set(rules, (known = collect(rules)));
  return known;
}
const memo = new WeakMap<readonly DeadlineRule[], string[]>();

function collect(rules: readonly DeadlineRule[]): string[] {
  const types = new Set<string>();
  const add = (ref: Pick<EventRef, 'event' | 'where' | 'dateField'>) => {
    if (ref.where !== undefined || ref.dateField !== undefined) types.add(ref.event);
  };
  for (const rule of rules) {
    add(rule.trigger);
    rule.requires.forEach(add);
    rule.completedBy.forEach(add);
    rule.restartOn.forEach(add);
    for (const iv of rule.excludedIntervals) {
      add(iv.from);
      add(iv.to);
    }
    // The extension's days are a payload field whatever its reference says.
    if (rule.extension !== undefined) types.add(rule.extension.event);
  }
  return [...types].sort();
}
