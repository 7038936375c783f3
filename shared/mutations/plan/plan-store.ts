import { AppFailure } from '../../result';
import { rowShapeError } from '../../sync/row-shape';
import type { EntityRow, SyncEntity } from '../../sync/entities';
import {
  byId,
  filterMatches,
  type PlannedTombstone,
  type PlannedWrite,
  type RowFilter,
  type RowReader,
} from './store-port';

type Key = `${SyncEntity}:${string}`;
const keyOf = (entity: SyncEntity, id: string): Key => `${entity}:${id}`;

/**
 * A planner's view of the store: reads through the port, with its own planned writes laid over them (a planner
 * that inserts a case then reads it sees it), and the writes themselves collected — one per row, in the order
 * the rows were first touched. It never writes to the underlying store: applying the plan is the store's step.
 */
export function createPlanStore(reader: RowReader) {
  const overlay = new Map<Key, Record<string, unknown> | null>();
  const writes = new Map<Key, PlannedWrite>();

  function current(entity: SyncEntity, id: string): Record<string, unknown> | null {
    const k = keyOf(entity, id);
    if (overlay.has(k)) return overlay.get(k) ?? null;
    return reader.get(entity, id);
  }

  return {
    get<E extends SyncEntity>(entity: E, id: string): EntityRow<E> | null {
      const row = current(entity, id);
      return row === null ? null : ({ ...row } as EntityRow<E>);
    },

    list<E extends SyncEntity>(entity: E, where: RowFilter<E>): EntityRow<E>[] {
      const out = new Map<string, Record<string, unknown>>();
      for (const r of reader.list(entity, where)) out.set(String(r['id' as keyof typeof r]), r);
      for (const [k, row] of overlay) {
        if (!k.startsWith(`${entity}:`)) continue;
        const id = k.slice(entity.length + 1);
        if (row !== null && filterMatches(row, where)) out.set(id, row);
        else out.delete(id);
      }
      return [...out.values()].sort(byId).map((r) => ({ ...r }) as EntityRow<E>);
    },

    /** A new row with every field of its entity (checked here, so a planner cannot emit a partial row). */
    insert<E extends SyncEntity>(entity: E, row: EntityRow<E>): void {
      const data = { ...(row as Record<string, unknown>) };
      const id = String(data['id']);
      const bad = rowShapeError(entity, data, 'all');
      if (bad !== null) throw new Error(`planned ${entity} row is malformed at ${bad}`);
      if (current(entity, id) !== null) throw new AppFailure('CONFLICT', '记录已存在');
      const k = keyOf(entity, id);
      overlay.set(k, data);
      writes.set(k, { entity, id, op: 'insert', row: data });
    },

    /** Fields of an existing live row. */
    update<E extends SyncEntity>(entity: E, id: string, fields: Partial<EntityRow<E>>): void {
      const before = current(entity, id);
      if (before === null) throw new AppFailure('NOT_FOUND', '记录不存在或已删除');
      const set = { ...(fields as Record<string, unknown>) };
      delete set['id'];
      const bad = rowShapeError(entity, set, Object.keys(set));
      if (bad !== null) throw new Error(`planned ${entity} update is malformed at ${bad}`);
      const k = keyOf(entity, id);
      overlay.set(k, { ...before, ...set });
      const w = writes.get(k);
      if (w?.op === 'insert') writes.set(k, { ...w, row: { ...w.row, ...set } });
      else if (w?.op === 'update') writes.set(k, { ...w, fields: { ...w.fields, ...set } });
      else writes.set(k, { entity, id, op: 'update', fields: set });
    },

    /** Tombstones a live row (synced rows are never hard-deleted). */
    remove(entity: SyncEntity, id: string, tombstone: PlannedTombstone): void {
      const k = keyOf(entity, id);
      if (current(entity, id) === null) throw new AppFailure('NOT_FOUND', '记录不存在或已删除');
      if (writes.get(k)?.op === 'insert')
        throw new Error(`planned ${entity} row removed in the plan that made it`);
      overlay.set(k, null);
      writes.set(k, { entity, id, op: 'delete', tombstone });
    },

    /** What the plan writes, one entry per row. */
    writes(): PlannedWrite[] {
      return [...writes.values()];
    },
  };
}
export type PlanStore = ReturnType<typeof createPlanStore>;
