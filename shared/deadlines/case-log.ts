import type { ProcedureEvent } from '../procedure/procedure-state';
import { effectiveServiceDate } from '../procedure/service';
import { liveLog } from '../procedure/live-log';
import { isValidIsoDate } from '../validate/date';
import type { EventRef } from './rule.schema';

/**
 * Reading a case's event log for the deadline engine. The log's order is the order things happened in (the
 * procedure engine folds it in that order); the dates used for counting come from the events themselves.
 */

/** An event as stored: corrections supersede earlier events (sync §2.8), exactly as in `foldEvents`. */
export type LogEvent = ProcedureEvent & { id?: string; supersedesEventId?: string | null };

/** One event that matched a reference: its place in the log, its type and the date the reference reads. */
export type Hit = { index: number; type: string; date: string; payload: Record<string, unknown> };

/** The events that still count, each correction in the place of the event it corrects (see `liveLog`). */
export const liveEvents = (events: readonly LogEvent[]): LogEvent[] => liveLog(events);

/** Same type, and every `where` field equal to the payload's (strings and booleans compare strictly). */
export function matches(e: ProcedureEvent, ref: Pick<EventRef, 'event' | 'where'>): boolean {
  if (e.type !== ref.event) return false;
  const where = ref.where ?? {};
  return Object.keys(where).every((k) => e.payload[k] === where[k]);
}

/** Dates already checked: a recompute reads the same few thousand dates from hundreds of thousands of events. */
const validDates = new Set<string>();
const isoOrNull = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  if (validDates.has(v)) return v;
  if (!isValidIsoDate(v)) return null;
  if (validDates.size >= 8192) validDates.clear(); // bounded; emptying it only costs re-checking
  validDates.add(v);
  return v;
};

/**
 * The date an event contributes: the payload field named by `dateField`, else the day it occurred. A service
 * record's `effectiveOn` is often left blank, so it falls back the way the procedure engine does (§2.3):
 * the served date, or publication + 30 days for 公告 (民诉法 art 95). Null when the needed date is missing.
 */
export function dateOf(e: ProcedureEvent, dateField?: string): string | null {
  if (dateField === undefined) return isoOrNull(e.occurredOn);
  const direct = isoOrNull(e.payload[dateField]);
  if (direct !== null || e.type !== 'service.record' || dateField !== 'effectiveOn') return direct;
  const p = e.payload;
  if (p['method'] === 'public_notice') {
    const publishedOn = isoOrNull(p['publishedOn']);
    return publishedOn === null ? null : effectiveServiceDate({ method: 'public_notice', publishedOn });
  }
  return isoOrNull(p['servedOn']);
}

/** Every event after log position `after` matching `ref` whose date can be read, in log order. */
export function hitsOf(
  events: readonly ProcedureEvent[],
  ref: Pick<EventRef, 'event' | 'where' | 'dateField'>,
  after = -1,
): Hit[] {
  const hits: Hit[] = [];
  events.forEach((e, index) => {
    if (index <= after || !matches(e, ref)) return;
    const date = dateOf(e, ref.dateField);
    if (date !== null) hits.push({ index, type: e.type, date, payload: e.payload });
  });
  return hits;
}

/** `hitsOf(…)[0]` without listing the later hits: the scan stops at the first (the engine asks this per rule). */
export function firstOf(
  events: readonly ProcedureEvent[],
  ref: Pick<EventRef, 'event' | 'where' | 'dateField'>,
  after = -1,
): Hit | undefined {
  for (let index = after + 1; index < events.length; index++) {
    const e = events[index];
    if (e === undefined || !matches(e, ref)) continue;
    const date = dateOf(e, ref.dateField);
    if (date !== null) return { index, type: e.type, date, payload: e.payload };
  }
  return undefined;
}

/**
 * A hit with the reference it matched, field by field: `{ ...hit, ref }` (a spread of another object, then a
 * field) costs a runtime call per hit and gives objects V8 reads slowly, once per rule of every case recomputed.
 */
export const withRef = (hit: Hit, ref: EventRef): Hit & { ref: EventRef } => ({
  index: hit.index,
  type: hit.type,
  date: hit.date,
  payload: hit.payload,
  ref,
});

/** The first hit over several references (the earliest in the log), or null. */
export function firstHit(
  events: readonly ProcedureEvent[],
  refs: readonly EventRef[],
  after: number,
): (Hit & { ref: EventRef }) | null {
  let best: (Hit & { ref: EventRef }) | null = null;
  for (const ref of refs) {
    const hit = firstOf(events, ref, after);
    if (hit !== undefined && (best === null || hit.index < best.index)) best = withRef(hit, ref);
  }
  return best;
}

/** The last hit over several references (the latest in the log), or null. */
export function lastHit(
  events: readonly ProcedureEvent[],
  refs: readonly EventRef[],
  after: number,
): (Hit & { ref: EventRef }) | null {
  let best: (Hit & { ref: EventRef }) | null = null;
  for (const ref of refs) {
    const hit = hitsOf(events, ref, after).at(-1);
    if (hit !== undefined && (best === null || hit.index > best.index)) best = withRef(hit, ref);
  }
  return best;
}
