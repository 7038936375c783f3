import type { EntityRow, SyncEntity } from '../../../../shared/sync/entities';
import { SYNC_ENTITIES } from '../../../../shared/sync/entities';
import type { Db } from '../connection';
import type { ChangeCapture } from './change-capture';
import { decodeRow, encodeRow, fieldsOf, tableOf, type SqliteRow, type Tombstone } from './entity-codec';
import { columnOf } from '../../../../shared/sync/entities';
import { encodeFieldSeqs } from './field-seqs';

/** The server's bookkeeping that comes with a pulled row (docs/sync.md §2.6). */
export type PulledMeta = { rowSeq: number; fieldSeqs: Record<string, number>; deleted: Tombstone | null };

/**
 * Writes rows the server sent (a pull page, a re-snapshot) into the synced tables, from ENTITY_SPECS: an upsert
 * of every field plus the server's row_seq, field_seqs and tombstone. The change capture is paused while it
 * writes, so a pulled row never becomes a local change nor a shadow image. Columns this client does not know
 * (`_ext`) are left as they are.
 */
export function createRowWriter(db: Db, capture: ChangeCapture) {
  const upserts = new Map(
    SYNC_ENTITIES.map((entity) => {
      const cols = [
        ...fieldsOf(entity).map(([f]) => columnOf(f)),
        'row_seq',
        'field_seqs',
        'deleted_at',
        'deleted_by',
        'delete_reason',
      ];
      const sql = `INSERT INTO ${tableOf(entity)} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})
        ON CONFLICT(id) DO UPDATE SET ${cols
          .filter((c) => c !== 'id')
          .map((c) => `${c} = excluded.${c}`)
          .join(', ')}`;
      return [entity, db.prepare(sql)] as const;
    }),
  );
  const readers = new Map(
    SYNC_ENTITIES.map((e) => [
      e,
      db.prepare<[string], SqliteRow>(`SELECT * FROM ${tableOf(e)} WHERE id = ?`),
    ]),
  );

  return {
    writePulledRow<E extends SyncEntity>(entity: E, row: EntityRow<E>, meta: PulledMeta): void {
      const values = {
        ...encodeRow(entity, row),
        row_seq: meta.rowSeq,
        field_seqs: encodeFieldSeqs(entity, meta.fieldSeqs, meta.rowSeq),
        deleted_at: meta.deleted?.at ?? null,
        deleted_by: meta.deleted?.by ?? null,
        delete_reason: meta.deleted?.reason ?? null,
      };
      capture.paused(() => upserts.get(entity)?.run(values));
    },
    /** The entity row as stored (tombstoned rows included), or null when there is none. */
    readEntityRow<E extends SyncEntity>(entity: E, id: string): EntityRow<E> | null {
      const raw = readers.get(entity)?.get(id);
      return raw === undefined ? null : decodeRow(entity, raw);
    },
  };
}
export type RowWriter = ReturnType<typeof createRowWriter>;
