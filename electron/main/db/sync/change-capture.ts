import type { RowChange } from '../../../../shared/sync/changes';
import { isSyncEntity, SYNC_ENTITIES, type SyncEntity } from '../../../../shared/sync/entities';
import { columnOf } from '../../../../shared/sync/entities';
import type { Db } from '../connection';
import { CAPTURE_TABLE, installCaptureTriggers, PAUSE_TABLE } from './capture-triggers';
import { decodeRow, fieldsOf, tableOf, tombstoneOf, type SqliteRow } from './entity-codec';
import { fieldSeqsOf } from './field-seqs';

type Captured = { entity: string; id: string; before: string | null };

/**
 * The write path's record of what a mutation did to the synced rows. The runner calls `begin()` before the
 * mutator and `collect()` after it: the TEMP triggers (capture-triggers.ts) have noted each touched row with its
 * image before the first write, and `collect` compares that image with the row as it is now.
 */
export function createChangeCapture(db: Db) {
  installCaptureTriggers(db);
  const clear = db.prepare(`DELETE FROM ${CAPTURE_TABLE}`);
  const captured = db.prepare<[], Captured>(`SELECT entity, id, before FROM ${CAPTURE_TABLE} ORDER BY rowid`);
  const pause = db.prepare(`INSERT INTO ${PAUSE_TABLE} (depth) VALUES (1)`);
  const unpause = db.prepare(
    `DELETE FROM ${PAUSE_TABLE} WHERE rowid = (SELECT max(rowid) FROM ${PAUSE_TABLE})`,
  );
  const readers = new Map(
    SYNC_ENTITIES.map((e) => [
      e,
      db.prepare<[string], SqliteRow>(`SELECT * FROM ${tableOf(e)} WHERE id = ?`),
    ]),
  );
  const read = (entity: SyncEntity, id: string): SqliteRow | undefined => readers.get(entity)?.get(id);

  return {
    /** Starts a capture: forgets the rows an earlier mutation touched. */
    begin: (): void => void clear.run(),
    /** The row changes since `begin()`, in the order the rows were first written (parents before children). */
    collect(): RowChange[] {
      const out: RowChange[] = [];
      for (const c of captured.all()) {
        if (!isSyncEntity(c.entity)) continue;
        const change = changeOf(
          c.entity,
          c.id,
          c.before === null ? null : (JSON.parse(c.before) as SqliteRow),
        );
        if (change) out.push(change);
      }
      return out;
    },
    /** Runs `fn` with the capture off: rows it writes become neither captured changes nor shadow rows. */
    paused<T>(fn: () => T): T {
      pause.run();
      try {
        return fn();
      } finally {
        unpause.run();
      }
    },
  };

  function changeOf(entity: SyncEntity, id: string, before: SqliteRow | null): RowChange | null {
    const now = read(entity, id);
    if (now === undefined) {
      // Created and removed again within the mutation: nothing happened as far as anyone else can tell.
      if (before === null) return null;
      return { entity, id, op: 'delete', created: false, row: null, bases: basesOf(entity, before, null) };
    }
    const deleted = tombstoneOf(now);
    const row = decodeRow(entity, now) as Record<string, unknown>;
    const op = deleted === null ? 'upsert' : 'delete';
    const withTombstone = deleted === null ? {} : { deleted };
    if (before === null) return { entity, id, op, created: true, row, bases: {}, ...withTombstone };
    const bases = basesOf(entity, before, now);
    const tombstoneMoved = JSON.stringify(tombstoneOf(before)) !== JSON.stringify(deleted);
    if (Object.keys(bases).length === 0 && !tombstoneMoved) return null;
    return { entity, id, op, created: false, row, bases, ...withTombstone };
  }
}
export type ChangeCapture = ReturnType<typeof createChangeCapture>;

/**
 * The fields whose stored value differs between the two images (all of them for a removed row), each with the
 * server version the author's copy had: its own field seq, else the row's, else 0 (never synced).
 */
function basesOf(entity: SyncEntity, before: SqliteRow, now: SqliteRow | null): Record<string, number> {
  const seqs = fieldSeqsOf(entity, before);
  const rowSeq = typeof before['row_seq'] === 'number' ? before['row_seq'] : 0;
  const bases: Record<string, number> = {};
  for (const [field] of fieldsOf(entity)) {
    const col = columnOf(field);
    if (now !== null && sameValue(before[col], now[col])) continue;
    bases[field] = seqs[field] ?? rowSeq;
  }
  return bases;
}

/** Stored values compare as stored (text, integer or NULL), so re-encoding a JSON field counts as a change. */
const sameValue = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);
