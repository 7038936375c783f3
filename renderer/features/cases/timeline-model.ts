import type { CaseEvent } from '../../../shared/domain/case/case.schema';
import type { FactChange } from '../../../shared/domain/case/fact-diff';
import { VOID_GROUNDS, VOID_GROUNDS_LABELS } from '../../../shared/domain/case/correction-args';
import { EVENT_VOIDED } from '../../../shared/procedure/live-log';
import { voidRefusal } from '../../../shared/procedure/void-check';

/** 作废案件's reason led by its category (case.void version 2; an older void has none). */
function voidReason(e: CaseEvent): string | null {
  const reason = text(e.payload['reason']);
  const grounds = VOID_GROUNDS.find((g) => g === e.payload['grounds']);
  return grounds === undefined ? reason : `${VOID_GROUNDS_LABELS[grounds]}：${reason ?? ''}`;
}

/** Who did a correction or void, when, and why — read from the event that did it. */
export type Mark = { reason: string; by: string; at: string };

export type TimelineEntry = {
  event: CaseEvent;
  /** Voided by mistake: shown struck through with the void's reason, who and when. */
  voided: Mark | null;
  /** Superseded by a correction (a corrected 收件日期): shown struck through, the correction beside it. */
  corrected: Mark | null;
  /** 更正案件信息: the field-level changes, before → after. */
  changes: readonly FactChange[];
  /** The reason of a correction, a case void or a restoration. */
  reason: string | null;
  /** A step in force that a person may ask to void (main still checks the later steps and the rule). */
  voidable: boolean;
};

const WITH_CHANGES = ['case.corrected', 'case.conflictResolved'];
const WITH_REASON = ['case.corrected', 'case.restored', 'case.conflictResolved'];

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function changesOf(e: CaseEvent): FactChange[] {
  const raw = e.payload['changes'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c: unknown) => {
    if (typeof c !== 'object' || c === null) return [];
    const o = c as Record<string, unknown>;
    const [field, label, before, after] = [o['field'], o['label'], o['before'], o['after']];
    return typeof field === 'string' &&
      typeof label === 'string' &&
      typeof before === 'string' &&
      typeof after === 'string'
      ? [{ field, label, before, after }]
      : [];
  });
}

const markOf = (e: CaseEvent, reason: string | null): Mark => ({
  reason: reason ?? '',
  by: e.actorName ?? '系统',
  at: e.recordedAt,
});

/**
 * 办案经过 as shown: every event in date order, with what happened to it. The void markers themselves are not
 * separate entries — the step they void carries the mark — while corrections, 作废案件 and 恢复 are entries.
 */
export function timelineEntries(events: readonly CaseEvent[]): TimelineEntry[] {
  const byTarget = new Map<string, CaseEvent>();
  for (const e of events) if (e.supersedesEventId !== null) byTarget.set(e.supersedesEventId, e);
  const reasonOf = (e: CaseEvent) => text(e.payload['reason']);
  return events
    .filter((e) => e.type !== EVENT_VOIDED)
    .map((e) => {
      const by = byTarget.get(e.id);
      const voided = by !== undefined && by.type === EVENT_VOIDED ? markOf(by, reasonOf(by)) : null;
      const correctionId = by === undefined ? null : text(by.payload['correctionEventId']);
      const correction = correctionId === null ? undefined : events.find((x) => x.id === correctionId);
      const corrected =
        by !== undefined && by.type !== EVENT_VOIDED
          ? markOf(by, correction === undefined ? null : reasonOf(correction))
          : null;
      return {
        event: e,
        voided,
        corrected,
        changes: WITH_CHANGES.includes(e.type) ? changesOf(e) : [],
        reason: e.type === 'case.voided' ? voidReason(e) : WITH_REASON.includes(e.type) ? reasonOf(e) : null,
        voidable: by === undefined && voidRefusal(e.type) === null,
      };
    });
}
