import { eventLabel } from '../../../../shared/domain/case/event-types';
import type { CaseEvent } from '../../../../shared/domain/case/case.schema';
import type { Db } from '../connection';
import { parseJsonObject } from './row-json';
import type { FoldableEvent } from '../../../../shared/procedure/machine';

type EventRow = {
  id: string;
  case_id: string;
  type: string;
  occurred_on: string;
  recorded_at: string;
  actor_id: string | null;
  actor_name: string | null;
  payload: string;
  supersedes_event_id: string | null;
};

/** The payload of an event read without it: one frozen object for all, so skipping costs no allocation. */
const NO_PAYLOAD: Record<string, unknown> = Object.freeze({});

export function createEventRepo(db: Db) {
  const byCase = db.prepare<[string], EventRow>(
    `SELECT e.*, s.name AS actor_name FROM events e LEFT JOIN staff s ON s.id = e.actor_id
     WHERE e.case_id = ? AND e.deleted_at IS NULL ORDER BY e.occurred_on, e.recorded_at, e.id`,
  );
  const forFold = db.prepare<
    [string],
    { id: string; type: string; occurred_on: string; payload: string; supersedes_event_id: string | null }
  >(
    `SELECT id, type, occurred_on, payload, supersedes_event_id FROM events
     WHERE case_id = ? AND deleted_at IS NULL ORDER BY occurred_on, recorded_at, id`,
  );
  // Many cases' logs in one statement (a recompute's chunk): grouped by case, each in the same order as forFold;
  // rows as arrays (case_id, id, type, occurred_on, payload, supersedes_event_id), no object per row. The
  // payload only for the types named (a JSON array), the others' NULL: it is neither copied out nor parsed.
  const forFoldMany = db
    .prepare<
      [{ ids: string; types: string }],
      [string, string, string, string, string | null, string | null]
    >(
      `SELECT case_id, id, type, occurred_on,
         CASE WHEN type IN (SELECT value FROM json_each(@types)) THEN payload END, supersedes_event_id
       FROM events
       WHERE case_id IN (SELECT value FROM json_each(@ids)) AND deleted_at IS NULL
       ORDER BY case_id, occurred_on, recorded_at, id`,
    )
    .raw(true);
  // A voided step was entered by mistake: it is no activity on the case (the void itself is not either).
  const lastActivity = db.prepare<[string, string], { d: string | null }>(
    `SELECT max(occurred_on) AS d FROM events
     WHERE case_id = ? AND deleted_at IS NULL AND type <> 'event.voided'
       AND id NOT IN (SELECT supersedes_event_id FROM events WHERE case_id = ? AND type = 'event.voided')`,
  );
  return {
    /** The log in procedural order, shaped for the engine's fold. */
    listForFold: (caseId: string): FoldableEvent[] =>
      forFold.all(caseId).map((r) => ({
        id: r.id,
        type: r.type,
        occurredOn: r.occurred_on,
        payload: parseJsonObject(r.payload),
        supersedesEventId: r.supersedes_event_id,
      })),
    /**
     * `listForFold` of each case named, read in one query; a case without events is absent from the map. Only
     * the events of `payloadTypes` carry their payload; every other event's is empty (the deadline engine reads
     * no other, shared/deadlines/payload-types.ts).
     */
    listForFoldMany(
      caseIds: readonly string[],
      payloadTypes: readonly string[],
    ): Map<string, FoldableEvent[]> {
      const logs = new Map<string, FoldableEvent[]>();
      let log: FoldableEvent[] | undefined;
      let of = '';
      for (const [caseId, id, type, occurredOn, payload, supersedesEventId] of forFoldMany.all({
        ids: JSON.stringify(caseIds),
        types: JSON.stringify(payloadTypes),
      })) {
        if (log === undefined || caseId !== of) logs.set((of = caseId), (log = []));
        log.push({
          id,
          type,
          occurredOn,
          payload: payload === null ? NO_PAYLOAD : parseJsonObject(payload),
          supersedesEventId,
        });
      }
      return logs;
    },
    /** The day of the case's latest step in force, for the AB角 reminder ladder; undefined for none. */
    lastActivityOn: (caseId: string): string | undefined => lastActivity.get(caseId, caseId)?.d ?? undefined,
    listByCase: (caseId: string): CaseEvent[] =>
      byCase.all(caseId).map((r) => ({
        id: r.id,
        caseId: r.case_id,
        type: r.type,
        label: eventLabel(r.type),
        occurredOn: r.occurred_on,
        recordedAt: r.recorded_at,
        actorId: r.actor_id,
        actorName: r.actor_name,
        payload: parseJsonObject(r.payload),
        supersedesEventId: r.supersedes_event_id,
      })),
  };
}
export type EventRepo = ReturnType<typeof createEventRepo>;
