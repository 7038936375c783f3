import type { AppCore } from '../../electron/main/app-core';
import type { RowChange } from '../../shared/sync/changes';
import { SYNC_ENTITIES, type SyncEntity } from '../../shared/sync/entities';
import { tableOf } from '../../electron/main/db/sync/entity-codec';
import { encodeFieldSeqs } from '../../electron/main/db/sync/field-seqs';

/** How the simulated acknowledgement went: what a real server and pull would have left behind. */
export type AckReport = {
  entries: number;
  rowChanges: number;
  rowsStamped: number;
  shadowRowsCleared: number;
  entriesCompacted: number;
};

const PAGE = 2000;
/** The sync meta key local-store.ts keeps for "the pulled feed contains my entries through this id". */
const CONTAINED = 'sync.contained_through';

/**
 * What a desktop's database looks like once a server accepted every outbox entry and a pull brought the rows
 * back, without running a server (100k cases through PGlite would take hours). It follows the server's own
 * bookkeeping (server/sync/seq.ts): one seq per row change in outbox order; a created row's fields all take it,
 * an update's changed fields take it, and the row's row_seq is its last change's seq. Each row then carries
 * that row_seq and field_seqs as writePulledRow stores them (encodeFieldSeqs); the rows themselves are the ones
 * the desktop wrote, which the server re-plans to the same values. The shadow images are gone, as after the
 * rebase of local-store.ts; every entry gets an `applied` outcome, the contained mark moves past it, and the
 * app's own compaction runs (repos.syncOutbox.compactThrough) — the same calls a real pull page makes.
 */
export function simulateAcknowledgeAll(core: AppCore): AckReport {
  const { db } = core;
  const repos = core.services.repos;
  const page = db.prepare<[number, number], { id: number; changes: string | null }>(
    'SELECT mutation_id AS id, changes FROM outbox WHERE mutation_id > ? ORDER BY mutation_id LIMIT ?',
  );
  const state = new Map<string, { rowSeq: number; fieldSeqs: Record<string, number> }>();
  const outcomes: { id: number; seq: number }[] = [];
  let seq = 0;
  let rowChanges = 0;
  let after = 0;
  for (;;) {
    const rows = page.all(after, PAGE);
    if (rows.length === 0) break;
    for (const r of rows) {
      after = r.id;
      const changes = r.changes === null ? [] : (JSON.parse(r.changes) as RowChange[]);
      for (const c of changes) {
        seq++;
        rowChanges++;
        const key = `${c.entity}\u0000${c.id}`;
        const prev = state.get(key);
        const fieldSeqs = c.created ? {} : { ...(prev?.fieldSeqs ?? {}) };
        const fields = c.created ? Object.keys(c.row ?? {}) : Object.keys(c.bases);
        for (const f of fields) fieldSeqs[f] = seq;
        state.set(key, { rowSeq: seq, fieldSeqs });
      }
      outcomes.push({ id: r.id, seq });
    }
  }

  const stamp = new Map(
    SYNC_ENTITIES.map((e) => [
      e,
      db.prepare<[number, string, string]>(
        `UPDATE ${tableOf(e)} SET row_seq = ?, field_seqs = ? WHERE id = ?`,
      ),
    ]),
  );
  const shadowCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM shadow');
  const clearShadow = db.prepare('DELETE FROM shadow');
  let rowsStamped = 0;
  let shadowRowsCleared = 0;
  let entriesCompacted = 0;
  db.transaction(() => {
    repos.changeCapture.paused(() => {
      for (const [key, s] of state) {
        const [entity, id] = key.split('\u0000') as [SyncEntity, string];
        rowsStamped +=
          stamp.get(entity)?.run(s.rowSeq, encodeFieldSeqs(entity, s.fieldSeqs, s.rowSeq), id).changes ?? 0;
      }
    });
    shadowRowsCleared = shadowCount.get()?.n ?? 0;
    clearShadow.run();
    for (const o of outcomes) repos.syncOutbox.recordOutcome({ id: o.id, outcome: 'applied', seq: o.seq });
    repos.meta.set(CONTAINED, String(after));
    entriesCompacted = repos.syncOutbox.compactThrough(after);
  })();
  return { entries: outcomes.length, rowChanges, rowsStamped, shadowRowsCleared, entriesCompacted };
}
