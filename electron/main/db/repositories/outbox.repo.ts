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

export function createOutboxRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO outbox (name, version, args, bases, blob_deps, user_id, hlc, device_time)
     VALUES (@name, @version, @args, @bases, @blobDeps, @userId, @hlc, @deviceTime)`,
  );
  const all = db.prepare<[], OutboxRow>(
    `SELECT mutation_id AS mutationId, name, version, args, bases, user_id AS userId, hlc,
            device_time AS deviceTime, state, blob_deps AS blobDeps FROM outbox ORDER BY mutation_id`,
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
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
