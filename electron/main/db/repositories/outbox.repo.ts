import type { Db } from '../connection';
import type { Base } from './shadow.repo';

export type OutboxEntry = {
  name: string;
  version: number;
  args: unknown;
  bases: readonly Base[];
  userId: string;
  hlc: string;
  deviceTime: string;
  blobDeps?: readonly string[];
};

export type OutboxRow = {
  mutationId: number;
  name: string;
  version: number;
  args: string;
  bases: string;
  userId: string;
  hlc: string;
  deviceTime: string;
  state: string;
  blobDeps: string | null;
};

/** The states of the CHECK constraint on outbox.state (migration 0001). */
export const OUTBOX_STATES = ['pending', 'in_flight', 'applied', 'conflict', 'rejected', 'held'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A refused entry as the sync UI lists it; `outcome` is the server's JSON (reason, code), parsed by the caller. */
export type RejectedOutboxRow = {
  mutationId: number;
  name: string;
  deviceTime: string;
  outcome: string | null;
  lastError: string | null;
};

export function createOutboxRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO outbox (name, version, args, bases, blob_deps, user_id, hlc, device_time)
     VALUES (@name, @version, @args, @bases, @blobDeps, @userId, @hlc, @deviceTime)`,
  );
  const all = db.prepare<[], OutboxRow>(
    `SELECT mutation_id AS mutationId, name, version, args, bases, user_id AS userId, hlc,
            device_time AS deviceTime, state, blob_deps AS blobDeps FROM outbox ORDER BY mutation_id`,
  );
  const byState = db.prepare<[], { state: string; n: number }>(
    'SELECT state, COUNT(*) AS n FROM outbox GROUP BY state',
  );
  const rejected = db.prepare<[number], RejectedOutboxRow>(
    `SELECT mutation_id AS mutationId, name, device_time AS deviceTime, outcome, last_error AS lastError
     FROM outbox WHERE state = 'rejected' ORDER BY mutation_id DESC LIMIT ?`,
  );
  const lastHlc = db.prepare<[], { hlc: string }>('SELECT hlc FROM outbox ORDER BY mutation_id DESC LIMIT 1');
  return {
    append(e: OutboxEntry): number {
      const r = insert.run({
        ...e,
        args: JSON.stringify(e.args),
        bases: JSON.stringify(e.bases),
        blobDeps: e.blobDeps && e.blobDeps.length > 0 ? JSON.stringify(e.blobDeps) : null,
      });
      return Number(r.lastInsertRowid);
    },
    list: (): OutboxRow[] => all.all(),
    lastHlc: (): string | null => lastHlc.get()?.hlc ?? null,
    /** How many entries are in each state (every state present, zero when none). */
    countByState(): Record<OutboxState, number> {
      const counts = Object.fromEntries(OUTBOX_STATES.map((st) => [st, 0])) as Record<OutboxState, number>;
      for (const r of byState.all()) {
        if ((OUTBOX_STATES as readonly string[]).includes(r.state)) counts[r.state as OutboxState] = r.n;
      }
      return counts;
    },
    /** Refused entries, newest first; nothing is ever deleted, so the list is capped for the screen. */
    rejected: (limit = 500): RejectedOutboxRow[] => rejected.all(limit),
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
