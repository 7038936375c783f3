import { SYNC_ENTITIES, type SyncEntity } from '../../../../shared/sync/entities';
import type { Db } from '../connection';
import { tableOf } from './entity-codec';

/** Per connection: the rows the current capture touched, with each row's image before its first write. */
export const CAPTURE_TABLE = 'sync_capture';
/** Per connection: while it holds a row, the triggers record nothing (pulled rows are not local changes). */
export const PAUSE_TABLE = 'sync_capture_pause';

/** The stored columns of a table (generated columns such as cases.display_no are derived, not data). */
export function storedColumns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_xinfo(${table})`).all() as { name: string; hidden: number }[])
    .filter((c) => c.hidden === 0)
    .map((c) => c.name);
}

/** The SQL that installs the capture for one entity: three TEMP triggers, generated from its columns. */
export function captureTriggersSql(entity: SyncEntity, table: string, columns: readonly string[]): string {
  // Identifiers come from ENTITY_SPECS and the schema itself, never from input.
  const image = `json_object(${columns.map((c) => `'${c}', OLD.${c}`).join(', ')})`;
  const active = `WHEN NOT EXISTS (SELECT 1 FROM ${PAUSE_TABLE})`;
  // Only the first write of a row in a capture (and since the last sync, for shadow) keeps its image. Not
  // INSERT OR IGNORE: an UPSERT that fires the trigger imposes its own conflict policy on the trigger's inserts.
  const firstOnly = (into: string, cols: string, values: string, key: string) => `
  INSERT INTO ${into} (${cols}) SELECT ${values}
    WHERE NOT EXISTS (SELECT 1 FROM ${into} WHERE entity = '${entity}' AND id = ${key});`;
  const record = (row: 'NEW' | 'OLD', before: string, rowSeq: string) =>
    firstOnly(CAPTURE_TABLE, 'entity, id, before', `'${entity}', ${row}.id, ${before}`, `${row}.id`) +
    firstOnly(
      'shadow',
      'entity, id, data, row_seq',
      `'${entity}', ${row}.id, ${before}, ${rowSeq}`,
      `${row}.id`,
    );
  return `
CREATE TEMP TRIGGER IF NOT EXISTS sync_capture_${table}_insert AFTER INSERT ON main.${table} ${active}
BEGIN${record('NEW', 'NULL', 'NULL')}
END;
CREATE TEMP TRIGGER IF NOT EXISTS sync_capture_${table}_update BEFORE UPDATE ON main.${table} ${active}
BEGIN${record('OLD', image, 'OLD.row_seq')}
END;
CREATE TEMP TRIGGER IF NOT EXISTS sync_capture_${table}_delete BEFORE DELETE ON main.${table} ${active}
BEGIN${record('OLD', image, 'OLD.row_seq')}
END;`;
}

/**
 * Installs the change capture on this connection (docs/sync.md §2.3): every write to a synced table, by any
 * repository, records the row it touched and its image before that write — so no mutation lists what it
 * touches by hand, and a write nobody thought to list cannot escape the outbox. TEMP objects live only as long
 * as the connection, so this runs on every open, after the migrations.
 */
export function installCaptureTriggers(db: Db): void {
  db.exec(`
CREATE TEMP TABLE IF NOT EXISTS ${CAPTURE_TABLE} (
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  before TEXT,
  UNIQUE (entity, id)
);
CREATE TEMP TABLE IF NOT EXISTS ${PAUSE_TABLE} (depth INTEGER NOT NULL);`);
  for (const entity of SYNC_ENTITIES) {
    const table = tableOf(entity);
    db.exec(captureTriggersSql(entity, table, storedColumns(db, table)));
  }
}
