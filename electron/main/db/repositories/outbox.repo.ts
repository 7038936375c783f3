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
};

export function createOutboxRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO outbox (name, version, args, bases, user_id, hlc, device_time)
     VALUES (@name, @version, @args, @bases, @userId, @hlc, @deviceTime)`,
  );
  const all = db.prepare<[], OutboxRow>(
    `SELECT mutation_id AS mutationId, name, version, args, bases, user_id AS userId, hlc,
            device_time AS deviceTime, state FROM outbox ORDER BY mutation_id`,
  );
  const lastHlc = db.prepare<[], { hlc: string }>('SELECT hlc FROM outbox ORDER BY mutation_id DESC LIMIT 1');
  return {
    append(e: OutboxEntry): number {
      const r = insert.run({ ...e, args: JSON.stringify(e.args), bases: JSON.stringify(e.bases) });
      return Number(r.lastInsertRowid);
    },
    list: (): OutboxRow[] => all.all(),
    lastHlc: (): string | null => lastHlc.get()?.hlc ?? null,
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
