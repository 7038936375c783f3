import type { RowChange } from '../../../../shared/sync/changes';
import type { MutationOutcome, WireMutation } from '../../../../shared/sync/protocol';
import type { Db } from '../connection';
import { noteDroppedBytes } from '../free-pages';
import { ARGS_DICT, argsText, compressArgs } from './outbox-args';
import { deviceTimeOf } from './outbox-device-time';

type Stored = Omit<Entry, 'args'> & { args: string; argsZ: Uint8Array | null; argsDict: number | null };

type Entry = {
  mutationId: number;
  name: string;
  version: number;
  args: string;
  changes: string | null;
  userId: string;
  hlc: string;
  deviceTime: string;
  blobDeps: string | null;
};

const STATE_OF: Record<MutationOutcome['outcome'], string> = {
  applied: 'applied',
  applied_with_conflict: 'conflict',
  rejected: 'rejected',
};

/**
 * The outbox as the sync engine sees it (issue 11 item 3): entries waiting for an outcome in id order, one
 * outcome recorded per entry (the first one wins: a replayed answer never changes it), the acknowledged
 * prefix, and the entries a rebase re-applies. Nothing here ever deletes an entry.
 */
export function createSyncOutbox(db: Db) {
  const cols = `mutation_id AS mutationId, name, version, args, args_z AS argsZ, args_dict AS argsDict, changes, user_id AS userId, hlc,
    device_time AS deviceTime, blob_deps AS blobDeps`;
  const entryOf = ({ argsZ, argsDict, ...e }: Stored): Entry => ({
    ...e,
    args: argsText({ args: e.args, argsZ, argsDict }),
    deviceTime: deviceTimeOf(e.deviceTime, e.hlc),
  });
  const undecided = db.prepare<[number], Stored>(
    `SELECT ${cols} FROM outbox WHERE outcome IS NULL ORDER BY mutation_id LIMIT ?`,
  );
  const record = db.prepare(
    'UPDATE outbox SET state = ?, outcome = ?, last_error = NULL WHERE mutation_id = ? AND outcome IS NULL',
  );
  const firstUndecided = db.prepare<[], { id: number | null }>(
    'SELECT min(mutation_id) AS id FROM outbox WHERE outcome IS NULL',
  );
  const maxId = db.prepare<[], { id: number | null }>('SELECT max(mutation_id) AS id FROM outbox');
  const resend = db.prepare("UPDATE outbox SET state = 'pending', outcome = NULL WHERE mutation_id >= ?");
  const holdAll = db.prepare("UPDATE outbox SET state = 'held' WHERE outcome IS NULL");
  const unhold = db.prepare("UPDATE outbox SET state = 'pending' WHERE state = 'held'");
  const toReapply = db.prepare<[number], Stored>(
    `SELECT ${cols} FROM outbox WHERE mutation_id > ? AND state != 'rejected' ORDER BY mutation_id`,
  );
  const failed = db.prepare('UPDATE outbox SET last_error = ? WHERE mutation_id = ?');
  const confirmed = db.prepare<[string], { one: number }>(
    "SELECT 1 AS one FROM blob_queue WHERE sha256 = ? AND state = 'done'",
  );
  /** Every file the entry references is confirmed on the server (blob-queue.repo.ts 'done'). */
  const blobsReady = (e: Entry): boolean =>
    e.blobDeps === null ||
    (JSON.parse(e.blobDeps) as string[]).every((sha) => confirmed.get(sha) !== undefined);
  const compactable = db.prepare<[number], { id: number; args: string; outcome: string; dropped: number }>(
    `SELECT mutation_id AS id, args, outcome, ifnull(length(CAST(changes AS BLOB)), 0) + length(CAST(bases AS BLOB)) AS dropped
     FROM outbox
     WHERE mutation_id <= ? AND outcome IS NOT NULL AND state != 'rejected' AND args_z IS NULL`,
  );
  const compact = db.prepare<[Buffer, number, string, number]>(
    `UPDATE outbox SET changes = NULL, bases = '[]', args = '', args_z = ?, args_dict = ?, outcome = ?
     WHERE mutation_id = ?`,
  );

  const toWire = (e: Entry): WireMutation => ({
    id: e.mutationId,
    name: e.name,
    version: e.version,
    args: JSON.parse(e.args) as unknown,
    bases: [],
    changes: e.changes === null ? [] : (JSON.parse(e.changes) as RowChange[]),
    hlc: e.hlc,
    deviceTime: e.deviceTime,
    userId: e.userId,
  });

  return {
    /**
     * Entries the server accepted and whose rows the pulled feed already contains keep their name, args, author
     * and outcome (the record of what was done) but drop their captured row changes and bases (issue 12 item 5):
     * those served only the push and the rebase, and a resend is re-planned by the server from the args. The
     * args are kept compressed (outbox-args.ts), and a plain "applied" outcome keeps only its seq
     * (compactOutcome). A rejected entry keeps everything, to be looked at and
     * re-submitted; an undecided one is not touched. Returns how many were compacted.
     */
    compactThrough(contained: number): number {
      const due = compactable.all(contained);
      let dropped = 0;
      for (const e of due) {
        const z = compressArgs(e.args);
        const outcome = compactOutcome(e.id, e.outcome);
        compact.run(z, ARGS_DICT, outcome, e.id);
        dropped += e.dropped + Buffer.byteLength(e.args) - z.length + e.outcome.length - outcome.length;
      }
      // The rows stay, smaller, in pages now mostly empty: counted, so a start-up VACUUM can pack them.
      noteDroppedBytes(db, dropped);
      return due.length;
    },
    /**
     * Undecided entries in id order, up to the first one referencing a file the server has not confirmed (sync
     * §2.5 blob dependencies): that entry and every later one wait, since the server takes them only in order.
     * Nothing is dropped; the uploader confirms the file and the next round sends them.
     */
    pending(limit: number): WireMutation[] {
      const out: WireMutation[] = [];
      for (const e of undecided.all(limit).map(entryOf)) {
        if (!blobsReady(e)) break;
        out.push(toWire(e));
      }
      return out;
    },
    recordOutcome(o: MutationOutcome): void {
      record.run(STATE_OF[o.outcome], JSON.stringify(o), o.id);
    },
    acknowledgedThrough(): number {
      const first = firstUndecided.get()?.id ?? null;
      return first === null ? (maxId.get()?.id ?? 0) : first - 1;
    },
    resendFrom: (id: number): void => void resend.run(id),
    hold: (on: boolean): void => void (on ? holdAll.run() : unhold.run()),
    /** Entries after `contained` not refused: what the rebase re-applies, in order. */
    reapplicable: (contained: number): Entry[] => toReapply.all(contained).map(entryOf),
    markFailed: (id: number, message: string): void => void failed.run(message, id),
  };
}
export type SyncOutbox = ReturnType<typeof createSyncOutbox>;

/**
 * A plain acceptance, `{"id":N,"outcome":"applied","seq":S}`, repeats the entry's own mutation_id and state;
 * what it adds is the seq, so a compacted entry keeps `{"seq":S}` (about 26 bytes less on every entry; issue 12
 * item 5). Only the sync UI reads outcomes, of refused entries, which are never compacted; any other outcome
 * (with conflicts, or holding anything else) is kept as the server sent it.
 */
export function compactOutcome(mutationId: number, outcome: string): string {
  const o = JSON.parse(outcome) as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'id,outcome,seq' || o['id'] !== mutationId || o['outcome'] !== 'applied') return outcome;
  return JSON.stringify({ seq: o['seq'] });
}
