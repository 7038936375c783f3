import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ServerDb } from '../db/types';
import { createNotifier, type Notifier } from './notifier';

/** The PostgreSQL channel on which every server process announces the offices a commit changed. */
export const CHANGE_CHANNEL = 'ldcs_sync_changes';

const Message = z.object({ from: z.string().max(64), offices: z.array(z.string().max(128)).max(200) });

/**
 * Pokes across server processes (issue 11 item 11: several processes behind a load balancer on one database).
 * On PostgreSQL each process LISTENs on CHANGE_CHANNEL; a commit pokes this process's own streams at once and
 * NOTIFYs the others with the office ids. PGlite has one process, so the in-process notifier is all it needs.
 * A NOTIFY lost on the way only delays a device until its interval pull.
 */
export async function createSharedNotifier(
  db: ServerDb,
  onError: (e: unknown) => void = () => undefined,
): Promise<Notifier & { close(): Promise<void> }> {
  const local = createNotifier();
  if (db.listen === undefined) return Object.assign(local, { close: () => Promise.resolve() });
  const self = randomUUID();
  const stop = await db.listen(CHANGE_CHANNEL, (payload) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return; // someone else's NOTIFY on our channel: not ours to act on
    }
    const m = Message.safeParse(parsed);
    if (m.success && m.data.from !== self) local.notify(m.data.offices);
  });
  return {
    subscribe: (l) => local.subscribe(l),
    get size() {
      return local.size;
    },
    notify(officeIds: readonly string[]): void {
      local.notify(officeIds);
      // Each NOTIFY carries at most 200 ids (PostgreSQL limits a payload to 8000 bytes).
      for (let i = 0; i < officeIds.length; i += 200)
        db.query('SELECT pg_notify($1, $2)', [
          CHANGE_CHANNEL,
          JSON.stringify({ from: self, offices: officeIds.slice(i, i + 200) }),
        ]).catch(onError);
    },
    close: stop,
  };
}
