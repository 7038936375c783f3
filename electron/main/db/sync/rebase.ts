import { isSyncEntity, SYNC_ENTITIES, type SyncEntity } from '../../../../shared/sync/entities';
import { checksumOf, type ChecksumRow } from '../../../../shared/sync/checksum';
import type { Db } from '../connection';
import type { ChangeCapture } from './change-capture';
import { tableOf, type SqliteRow } from './entity-codec';
import { storedColumns } from './capture-triggers';

type ShadowRow = { entity: string; id: string; data: string | null };

/**
 * The rows side of a sync rebase (docs/sync.md §2.8) and the confirmed-row checksums: `shadow` holds, for every
 * row a not-yet-confirmed local mutation touched, its last server-confirmed image (NULL: the row did not exist).
 * `restoreConfirmed` puts those images back — removing rows created locally, children before parents — with the
 * change capture paused, so the pulled rows can be written and the pending mutations re-applied on top.
 */
export function createRebaseStore(db: Db, capture: ChangeCapture) {
  const shadows = db.prepare<[], ShadowRow>('SELECT entity, id, data FROM shadow ORDER BY rowid DESC');
  const anyShadow = db.prepare<[], { one: number }>('SELECT 1 AS one FROM shadow LIMIT 1');
  const clearShadow = db.prepare('DELETE FROM shadow');
  const flagOn = db.prepare("INSERT INTO sync_meta (key, value) VALUES ('rebase_in_progress', '1')");
  const flagOff = db.prepare("DELETE FROM sync_meta WHERE key = 'rebase_in_progress'");
  // Local projections of a case that a rebase removed and no pending mutation re-created.
  const orphans = ['case_search', 'case_reasons', 'case_deadlines'].map((t) =>
    db.prepare(`DELETE FROM ${t} WHERE case_id NOT IN (SELECT id FROM cases)`),
  );
  const tables = new Map(
    SYNC_ENTITIES.map((e) => {
      const table = tableOf(e);
      const cols = storedColumns(db, table);
      return [
        e,
        {
          put: db.prepare(
            `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})
             ON CONFLICT(id) DO UPDATE SET ${cols
               .filter((c) => c !== 'id')
               .map((c) => `${c} = excluded.${c}`)
               .join(', ')}`,
          ),
          cols,
          rowSeq: db.prepare<[string], { row_seq: number | null }>(
            `SELECT row_seq FROM ${table} WHERE id = ?`,
          ),
          remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
          confirmed: db.prepare<[string, string], { id: string; row_seq: number; deleted_at: string | null }>(
            `SELECT id, row_seq, deleted_at FROM ${table} WHERE office_id = ? AND row_seq IS NOT NULL
               AND id NOT IN (SELECT id FROM shadow WHERE entity = ?)`,
          ),
        },
      ] as const;
    }),
  );

  return {
    /** Foreign keys checked at the commit of the current transaction, not statement by statement. */
    deferReferences: (): void => void db.pragma('defer_foreign_keys = ON'),
    hasShadow: (): boolean => anyShadow.get() !== undefined,
    /** Back to the server-confirmed images; the caller is inside its transaction. */
    restoreConfirmed(): void {
      // Rows link to each other (a transfer links both cases; projections point at cases): the checks wait for
      // the commit, by which time the pending mutations have been re-applied (dropOrphans tidies the rest).
      db.pragma('defer_foreign_keys = ON');
      capture.paused(() => {
        flagOn.run();
        try {
          const rows = shadows.all();
          // Rows created locally go first, newest first (children before parents); then the older images.
          for (const s of rows) {
            if (!isSyncEntity(s.entity) || s.data !== null) continue;
            tables.get(s.entity)?.remove.run(s.id);
          }
          for (const s of [...rows].reverse()) {
            if (!isSyncEntity(s.entity) || s.data === null) continue;
            const t = tables.get(s.entity);
            if (!t) continue;
            const image = JSON.parse(s.data) as SqliteRow;
            t.put.run(Object.fromEntries(t.cols.map((c) => [c, image[c] ?? null])));
          }
          clearShadow.run();
        } finally {
          flagOff.run();
        }
      });
    },
    /**
     * The end of a targeted re-snapshot (docs/sync.md §2.6): confirmed rows of the office that the server no longer
     * has are removed (rows with a pending local change stay: their mutation decides). Events are append-only and
     * stay; they are reported. Returns the keys removed and kept.
     */
    dropConfirmedExcept(officeId: string, keep: ReadonlySet<string>): { removed: string[]; kept: string[] } {
      const removed: string[] = [];
      const kept: string[] = [];
      for (const [entity, t] of tables)
        for (const r of t.confirmed.all(officeId, entity)) {
          const key = `${entity}:${r.id}`;
          if (keep.has(key)) continue;
          if (entity === 'event') {
            kept.push(key);
            continue;
          }
          capture.paused(() => t.remove.run(r.id));
          removed.push(key);
        }
      return { removed, kept };
    },
    /** After the re-application: projections of cases that no longer exist go too. */
    dropOrphans(): void {
      for (const o of orphans) o.run();
    },
    /** The server version this desktop holds of a row (null: none, or only a local one). */
    rowSeq: (entity: SyncEntity, id: string): number | null =>
      tables.get(entity)?.rowSeq.get(id)?.row_seq ?? null,
    /** Per office, the checksum of the confirmed rows (shadow images where a local change is pending). */
    checksums(officeIds: readonly string[]): Record<string, number> {
      const pendingImages = shadows
        .all()
        .filter((s) => s.data !== null && isSyncEntity(s.entity))
        .map((s) => ({ entity: s.entity, id: s.id, image: JSON.parse(s.data as string) as SqliteRow }));
      const out: Record<string, number> = {};
      for (const office of officeIds) {
        const rows: ChecksumRow[] = [];
        for (const [entity, t] of tables)
          for (const r of t.confirmed.all(office, entity))
            rows.push({ entity, id: r.id, rowSeq: r.row_seq, deleted: r.deleted_at !== null });
        for (const p of pendingImages)
          if (p.image['office_id'] === office && typeof p.image['row_seq'] === 'number')
            rows.push({
              entity: p.entity,
              id: p.id,
              rowSeq: p.image['row_seq'],
              deleted: p.image['deleted_at'] != null,
            });
        out[office] = checksumOf(rows);
      }
      return out;
    },
  };
}
export type RebaseStore = ReturnType<typeof createRebaseStore>;
