import type { Db } from '../connection';

/** Tables that take part in sync; the names are a fixed allow-list, never user input. */
export const SYNC_TABLES = {
  office: 'offices',
  staff: 'staff',
  case: 'cases',
  party: 'parties',
  claim: 'claims',
  event: 'events',
  setting: 'settings',
  elementSheet: 'element_sheets',
  document: 'documents',
  leave: 'staff_leaves',
  relationship: 'staff_relationships',
  assignment: 'case_assignments',
} as const;
export type SyncEntity = keyof typeof SYNC_TABLES;

export type Base = { entity: SyncEntity; id: string; field: string; baseSeq: number };

/**
 * Records, for the sync outbox, the last server-confirmed image of every row a mutation touches (`shadow`)
 * and the server version each touched field had (`bases`), as docs/sync.md §2.3 asks of the write path.
 */
export function createShadowRepo(db: Db) {
  const readers = Object.fromEntries(
    Object.entries(SYNC_TABLES).map(([entity, table]) => [
      entity,
      db.prepare<[string], Record<string, unknown>>(`SELECT * FROM ${table} WHERE id = ?`),
    ]),
  ) as Record<SyncEntity, ReturnType<typeof db.prepare<[string], Record<string, unknown>>>>;
  const insertShadow = db.prepare(
    'INSERT OR IGNORE INTO shadow (entity, id, data, row_seq) VALUES (?, ?, ?, ?)',
  );

  return {
    /** Call before writing a row; returns the bases of the fields about to change. */
    beforeWrite(entity: SyncEntity, id: string, fields: readonly string[]): Base[] {
      const row = readers[entity].get(id);
      // A row that does not exist yet has no server version for any field: one "created" base says it all.
      if (!row) {
        insertShadow.run(entity, id, null, null);
        return [{ entity, id, field: '*', baseSeq: 0 }];
      }
      const rowSeq = typeof row['row_seq'] === 'number' ? row['row_seq'] : null;
      insertShadow.run(entity, id, JSON.stringify(row), rowSeq);
      const fieldSeqs =
        typeof row['field_seqs'] === 'string'
          ? (JSON.parse(row['field_seqs']) as Record<string, number>)
          : {};
      return fields.map((field) => ({ entity, id, field, baseSeq: fieldSeqs[field] ?? rowSeq ?? 0 }));
    },
  };
}
export type ShadowRepo = ReturnType<typeof createShadowRepo>;
