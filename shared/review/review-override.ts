import { textOf } from './text-of';
import { z } from 'zod';
import { Id, IsoDate, RequiredText } from '../schema/primitives';
import { liveLog } from '../procedure/live-log';
import type { FoldableEvent } from '../procedure/machine';
import { REVIEW_ITEM_IDS, type ReviewItem, type ReviewItemId } from './case-review';

/**
 * 主任批准放行: a director lets a case be archived although review items fail, with a reason. Recorded as a case
 * event of this type (append-only, synced like every step, audited by the mutation) rather than a new entity, so
 * the server needs no migration; the procedure fold skips the type, so it changes no status or deadline.
 */
export const REVIEW_OVERRIDE_EVENT = 'review.overridden';

export const ReviewOverrideArgs = z.object({
  caseId: Id,
  items: z
    .array(z.enum(REVIEW_ITEM_IDS, { message: '请选择放行的评查项目' }))
    .min(1, { message: '请至少选择一项放行的评查项目' }),
  reason: RequiredText(500),
  occurredOn: IsoDate,
  /** Filled in by the desktop before the args are stored, so a replay writes the same event. */
  eventId: Id.optional(),
});
export type ReviewOverrideArgs = z.output<typeof ReviewOverrideArgs>;

export type ReviewOverride = { items: ReviewItemId[]; reason: string; on: string; by: string | null };

/** The overrides in force on a case: each live `review.overridden` event (a voided one no longer counts). */
export function reviewOverrides(
  events: readonly (FoldableEvent & { actorId?: string | null })[],
): ReviewOverride[] {
  return liveLog(events)
    .filter((e) => e.type === REVIEW_OVERRIDE_EVENT)
    .map((e) => ({
      items: (Array.isArray(e.payload['items']) ? e.payload['items'] : []).filter((x): x is ReviewItemId =>
        (REVIEW_ITEM_IDS as readonly unknown[]).includes(x),
      ),
      reason: textOf(e.payload['reason']),
      on: e.occurredOn,
      by: e.actorId ?? null,
    }));
}

/** What still holds archiving back: failing items no director has let through. */
export function blockingItems(
  items: readonly ReviewItem[],
  overrides: readonly ReviewOverride[],
): ReviewItem[] {
  const through = new Set(overrides.flatMap((o) => o.items));
  return items.filter((i) => !i.passed && !through.has(i.id));
}

/**
 * The review result a case carries into the statistics (评查合格率): whether every item passed on its own. An
 * override lets the case be archived but does not make it 合格 — the rate counts the file, not the permission.
 */
export type ReviewRecord = { passed: boolean; failed: ReviewItemId[]; overridden: ReviewItemId[] };

export function reviewRecord(
  items: readonly ReviewItem[],
  overrides: readonly ReviewOverride[],
): ReviewRecord {
  const failed = items.filter((i) => !i.passed).map((i) => i.id);
  const through = new Set(overrides.flatMap((o) => o.items));
  return { passed: failed.length === 0, failed, overridden: failed.filter((id) => through.has(id)) };
}

/**
 * `reviewPassed` for one case, from its live log: the record the 归档 event keeps (null while the case is not
 * archived — it has not been reviewed yet). The statistics read it per case (events of type 'case.archived',
 * `payload.review.passed`).
 */
export function reviewPassedOf(events: readonly FoldableEvent[]): boolean | null {
  const archived = [...liveLog(events)].reverse().find((e) => e.type === 'case.archived');
  const review = archived?.payload['review'] as Partial<ReviewRecord> | undefined;
  return typeof review?.passed === 'boolean' ? review.passed : null;
}
