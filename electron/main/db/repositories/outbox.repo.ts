import type { RowChange } from '../../../../shared/sync/changes';
import type { SyncEntity } from '../../../../shared/sync/entities';
import type { Db } from '../connection';
import { argsText } from '../sync/outbox-args';
import { deviceTimeOf, storedDeviceTime } from '../sync/outbox-device-time';

/** The legacy flat form of the bases (docs/sync.md §2.3 `bases`); '*' with 0 marks a row the mutation created. */
export type Base = { entity: SyncEntity; id: string; field: string; baseSeq: number };

export type OutboxEntry = {
  name: string;
  version: number;
  args: unknown;
  changes: readonly RowChange[];
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
  /** JSON RowChange[]; null for entries written before migration 0008. */
  changes: string | null;
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
/** The captured changes flattened to the legacy `bases` column, so nothing reading it has to change. */
export const basesOf = (changes: readonly RowChange[]): Base[] =>
  changes.flatMap((c): Base[] =>
    c.created
      ? [{ entity: c.entity, id: c.id, field: '*', baseSeq: 0 }]
      : Object.entries(c.bases).map(([field, baseSeq]) => ({ entity: c.entity, id: c.id, field, baseSeq })),
  );

export function createOutboxRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO outbox (name, version, args, bases, changes, blob_deps, user_id, hlc, device_time)
     VALUES (@name, @version, @args, @bases, @changes, @blobDeps, @userId, @hlc, @deviceTime)`,
  );
  const byState = db.prepare<[], { state: string; n: number }>(
    'SELECT state, COUNT(*) AS n FROM outbox GROUP BY state',
  );
  const rejected = db.prepare<[number], RejectedOutboxRow & { hlc: string }>(
    `SELECT mutation_id AS mutationId, name, device_time AS deviceTime, hlc, outcome, last_error AS lastError
     FROM outbox WHERE state = 'rejected' ORDER BY mutation_id DESC LIMIT ?`,
  );
  const columns = `mutation_id AS mutationId, name, version, args, args_z AS argsZ, args_dict AS argsDict, bases, changes, user_id AS userId,
            hlc, device_time AS deviceTime, state, blob_deps AS blobDeps`;
  type Stored = OutboxRow & { argsZ: Uint8Array | null; argsDict: number | null };
  // An acknowledged entry's args are stored compressed (sync-outbox.ts compactThrough); readers get the JSON text.
  const rowOf = ({ argsZ, argsDict, ...r }: Stored): OutboxRow => ({
    ...r,
    args: argsText({ args: r.args, argsZ, argsDict }),
    deviceTime: deviceTimeOf(r.deviceTime, r.hlc),
  });
  const all = db.prepare<[], Stored>(`SELECT ${columns} FROM outbox ORDER BY mutation_id`);
  const one = db.prepare<[number], Stored>(`SELECT ${columns} FROM outbox WHERE mutation_id = ?`);
  const setChanges = db.prepare('UPDATE outbox SET changes = ?, bases = ? WHERE mutation_id = ?');
  const lastHlc = db.prepare<[], { hlc: string }>('SELECT hlc FROM outbox ORDER BY mutation_id DESC LIMIT 1');
  const lastId = db.prepare<[], { id: number | null }>('SELECT max(mutation_id) AS id FROM outbox');
  return {
    append(e: OutboxEntry): number {
      const r = insert.run({
        name: e.name,
        version: e.version,
        args: JSON.stringify(e.args),
        bases: JSON.stringify(basesOf(e.changes)),
        changes: JSON.stringify(e.changes),
        blobDeps: e.blobDeps && e.blobDeps.length > 0 ? JSON.stringify(e.blobDeps) : null,
        userId: e.userId,
        hlc: e.hlc,
        deviceTime: storedDeviceTime(e.hlc, e.deviceTime),
      });
      return Number(r.lastInsertRowid);
    },
    list: (): OutboxRow[] => all.all().map(rowOf),
    get(mutationId: number): OutboxRow | null {
      const r = one.get(mutationId);
      return r === undefined ? null : rowOf(r);
    },
    /** After a rebase re-applied the entry on newer rows: the changes it now makes (and their flat bases). */
    setChanges(mutationId: number, changes: readonly RowChange[]): void {
      setChanges.run(JSON.stringify(changes), JSON.stringify(basesOf(changes)), mutationId);
    },
    lastHlc: (): string | null => lastHlc.get()?.hlc ?? null,
    /** The newest entry's id (0 when empty): the one a write just appended, read in the same tick. */
    lastMutationId: (): number => lastId.get()?.id ?? 0,
    /** How many entries are in each state (every state present, zero when none). */
    countByState(): Record<OutboxState, number> {
      const counts = Object.fromEntries(OUTBOX_STATES.map((st) => [st, 0])) as Record<OutboxState, number>;
      for (const r of byState.all()) {
        if ((OUTBOX_STATES as readonly string[]).includes(r.state)) counts[r.state as OutboxState] = r.n;
      }
      return counts;
    },
    /** Refused entries, newest first; nothing is ever deleted, so the list is capped for the screen. */
    rejected: (limit = 500): RejectedOutboxRow[] =>
      rejected.all(limit).map(({ hlc, ...r }) => ({ ...r, deviceTime: deviceTimeOf(r.deviceTime, hlc) })),
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
