import type { EntityRow, SyncEntity } from '../../sync/entities';

/** Equality on plain fields (text, int, bool): the only filter a planner needs, and one every store can index. */
export type RowFilter<E extends SyncEntity> = Partial<{
  [F in keyof EntityRow<E>]: string | number | boolean | null;
}>;

/**
 * The small read port a mutation planner sees (issue 11 item 2): live rows of the synced entities in their one
 * shape (shared/sync/entities.ts). Tombstoned rows are invisible. `list` returns rows ordered by id, so a
 * planner's output never depends on the store's physical order. The desktop implements it over SQLite, the
 * server over a snapshot it loads from PostgreSQL (server/sync/replan.ts).
 */
export interface RowReader {
  get<E extends SyncEntity>(entity: E, id: string): EntityRow<E> | null;
  list<E extends SyncEntity>(entity: E, where: RowFilter<E>): EntityRow<E>[];
}

/** Who removed a row and why (the tombstone of docs/sync.md §2.9). */
export type PlannedTombstone = { at: string; by: string | null; reason: string | null };

/**
 * One row change a planner decided: a new row (every field), fields of an existing row, or a tombstone. The
 * apply step of each store writes exactly these and nothing else.
 */
export type PlannedWrite =
  | { entity: SyncEntity; id: string; op: 'insert'; row: Record<string, unknown> }
  | { entity: SyncEntity; id: string; op: 'update'; fields: Record<string, unknown> }
  | { entity: SyncEntity; id: string; op: 'delete'; tombstone: PlannedTombstone };

export const filterMatches = (row: Readonly<Record<string, unknown>>, where: object): boolean =>
  Object.entries(where).every(([f, v]) => (row[f] ?? null) === v);

export const byId = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): number =>
  String(a['id']) < String(b['id']) ? -1 : String(a['id']) > String(b['id']) ? 1 : 0;
