import { foldEvents, type FoldableEvent } from '../../procedure/machine';
import { liveReceipt } from '../../procedure/live-log';
import type { ProcedureState } from '../../procedure/procedure-state';
import { AppFailure } from '../../result';
import type { EntityRow } from '../../sync/entities';
import type { PlanCtx } from './planner';
import type { PlanStore } from './plan-store';

export type CaseRecord = EntityRow<'case'>;
export type EventRecord = EntityRow<'event'>;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A case's live events in log order (occurred, then recorded, then id) — the order every fold uses. */
export function caseEvents(store: PlanStore, caseId: string): EventRecord[] {
  return store
    .list('event', { caseId })
    .sort((x, y) => cmp(x.occurredOn, y.occurredOn) || cmp(x.recordedAt, y.recordedAt) || cmp(x.id, y.id));
}

export const foldable = (e: EventRecord): FoldableEvent => ({
  id: e.id,
  type: e.type,
  occurredOn: e.occurredOn,
  payload: (e.payload ?? {}) as Record<string, unknown>,
  supersedesEventId: e.supersedesEventId,
});

/**
 * A case's procedure state from its row and its log — the one fold the mutations, the procedure panel and the
 * documents share. The receipt in force (the original, or the event a 收件日期 correction put in its place)
 * starts the fold; a completed 补正 in the log moves it forward again.
 */
export function foldCase(
  row: Pick<CaseRecord, 'kind' | 'receivedDate' | 'isCollective'>,
  events: readonly FoldableEvent[],
): ProcedureState {
  const receipt = liveReceipt(events);
  return foldEvents(
    {
      kind: row.kind as never,
      receivedDate: receipt?.occurredOn ?? row.receivedDate,
      isCollective: row.isCollective,
    },
    events,
  );
}

export type LoadedCase = { row: CaseRecord; events: EventRecord[]; state: ProcedureState };

/** The case row, its log and its procedure state folded from the log (the log is the source of truth). */
export function loadCase(store: PlanStore, caseId: string): LoadedCase {
  const row = store.get('case', caseId);
  if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
  const events = caseEvents(store, caseId);
  return { row, events, state: foldCase(row, events.map(foldable)) };
}

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

/** Appends one event stamped with the mutation's time, actor and HLC — no planner hand-writes those fields. */
export function appendEvent(ctx: PlanCtx, e: EventToAppend): void {
  ctx.store.insert('event', {
    ...e,
    supersedesEventId: e.supersedesEventId ?? null,
    recordedAt: ctx.nowIso,
    actorId: ctx.actor.system ? null : ctx.actor.id,
    hlc: ctx.hlc,
  });
}

/** Writes the folded state's projection onto the case row, so lists and filters stay plain SQL. */
export function projectCase(ctx: PlanCtx, caseId: string, state: ProcedureState): void {
  ctx.store.update('case', caseId, {
    status: state.status,
    outcome: state.outcome,
    receivedDate: state.receivedOn,
    acceptedDate: state.acceptedOn,
    closedDate: state.closedOn,
    archivedDate: state.archivedOn,
    isSimple: state.isSimple,
    updatedAt: ctx.nowIso,
  });
}
