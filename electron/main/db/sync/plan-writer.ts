import { columnOf, type SyncEntity } from '../../../../shared/sync/entities';
import type { PlannedWrite } from '../../../../shared/mutations/plan/store-port';
import type { Db } from '../connection';
import { encodeRow, fieldsOf, tableOf } from './entity-codec';

/**
 * The desktop's apply step for a plan (issue 11 item 2): each planned write becomes one INSERT, one UPDATE of
 * exactly the planned columns, or one tombstone. The change capture is on while it runs, so the outbox gets
 * what the plan wrote — the same rows the server derives from the same planner.
 */
export function createPlanWriter(db: Db) {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (key: string, sql: () => string) => {
    let s = statements.get(key);
    if (s === undefined) {
      s = db.prepare(sql());
      statements.set(key, s);
    }
    return s;
  };

  function insert(entity: SyncEntity, row: Record<string, unknown>): void {
    const cols = fieldsOf(entity).map(([f]) => columnOf(f));
    prepared(
      `insert|${entity}`,
      () =>
        `INSERT INTO ${tableOf(entity)} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(encodeRow(entity, row));
  }

  function update(entity: SyncEntity, id: string, fields: Record<string, unknown>): void {
    const names = Object.keys(fields).sort();
    if (names.length === 0) return;
    const encoded = encodeRow(entity, fields);
    const values = Object.fromEntries(names.map((f) => [columnOf(f), encoded[columnOf(f)]]));
    const r = prepared(
      `update|${entity}|${names.join(',')}`,
      () =>
        `UPDATE ${tableOf(entity)} SET ${names.map((f) => `${columnOf(f)} = @${columnOf(f)}`).join(', ')}
         WHERE id = @__id AND deleted_at IS NULL`,
    ).run({ ...values, __id: id });
    if (r.changes !== 1) throw new Error(`planned update of ${entity} ${id} found no live row`);
  }

  function tombstone(
    entity: SyncEntity,
    id: string,
    t: { at: string; by: string | null; reason: string | null },
  ) {
    prepared(
      `delete|${entity}`,
      () =>
        `UPDATE ${tableOf(entity)} SET deleted_at = @at, deleted_by = @by, delete_reason = @reason
         WHERE id = @id AND deleted_at IS NULL`,
    ).run({ ...t, id });
  }

  return {
    apply(writes: readonly PlannedWrite[]): void {
      for (const w of writes) {
        if (w.op === 'insert') insert(w.entity, w.row);
        else if (w.op === 'update') update(w.entity, w.id, w.fields);
        else tombstone(w.entity, w.id, w.tombstone);
      }
    },
  };
}
export type PlanWriter = ReturnType<typeof createPlanWriter>;
