import type { Statement } from 'better-sqlite3';
import { columnOf, type EntityRow, type SyncEntity } from '../../../../shared/sync/entities';
import type { RowFilter, RowReader } from '../../../../shared/mutations/plan/store-port';
import type { Db } from '../connection';
import { decodeRow, tableOf, type SqliteRow } from './entity-codec';

const bind = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/**
 * The planners' read port over the desktop's SQLite (shared/mutations/plan/store-port.ts): live rows only,
 * `list` ordered by id. Statements are prepared once per entity and filter shape.
 */
export function createSqliteRowReader(db: Db): RowReader {
  const statements = new Map<string, Statement<unknown[]>>();
  const statement = (entity: SyncEntity, fields: readonly string[], one: boolean) => {
    const key = `${entity}|${one ? 'get' : fields.join(',')}`;
    let s = statements.get(key);
    if (s === undefined) {
      const where = ['deleted_at IS NULL', ...fields.map((f) => `${columnOf(f)} IS ?`)].join(' AND ');
      s = db.prepare<unknown[]>(
        `SELECT * FROM ${tableOf(entity)} WHERE ${where}${one ? '' : ' ORDER BY id'}`,
      );
      statements.set(key, s);
    }
    return s;
  };
  return {
    get<E extends SyncEntity>(entity: E, id: string): EntityRow<E> | null {
      const raw = statement(entity, ['id'], true).get(id) as SqliteRow | undefined;
      return raw === undefined ? null : decodeRow(entity, raw);
    },
    list<E extends SyncEntity>(entity: E, where: RowFilter<E>): EntityRow<E>[] {
      const fields = Object.keys(where).sort();
      const values = fields.map((f) => bind((where as Record<string, unknown>)[f]));
      const rows = statement(entity, fields, false).all(...values) as SqliteRow[];
      return rows.map((r) => decodeRow(entity, r));
    },
  };
}
