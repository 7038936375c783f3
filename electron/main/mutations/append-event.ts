import type { MutationCtx } from './types';

export type EventToAppend = {
  id: string;
  caseId: string;
  officeId: string;
  type: string;
  occurredOn: string;
  payload: Record<string, unknown>;
  /** The event this one corrects or voids (sync §2.8); none for a new step. */
  supersedesEventId?: string | null;
};

/**
 * Appends one event to a case's log the way every mutation must: the row stamped with the mutation's time, actor
 * and HLC — so no mutation hand-writes those fields. (The change capture records the new row for sync.)
 */
export function appendEvent(ctx: MutationCtx, e: EventToAppend): void {
  ctx.repos.events.append({
    ...e,
    supersedesEventId: e.supersedesEventId ?? null,
    recordedAt: ctx.nowIso,
    actorId: ctx.actor.system ? null : ctx.actor.id,
    hlc: ctx.hlc,
  });
}
