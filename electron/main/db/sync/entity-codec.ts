import {
  columnOf,
  ENTITY_SPECS,
  type EntityRow,
  type FieldKind,
  type SyncEntity,
} from '../../../../shared/sync/entities';

/**
 * The one mapping between a synced table's SQLite row (snake_case columns, booleans as 0/1, JSON as text) and
 * the entity row every other layer sees (shared/sync/entities.ts), generated from ENTITY_SPECS so the change
 * capture, the pulled-row writer and the server cannot disagree about a field.
 */

/** The sync bookkeeping columns of every synced table (docs/sync.md §2.3): the protocol's, not the entity's. */
export const BOOKKEEPING_COLUMNS = [
  'row_seq',
  'field_seqs',
  'deleted_at',
  'deleted_by',
  'delete_reason',
  '_ext',
] as const;

export type SqliteRow = Record<string, unknown>;

/** The tombstone of §2.9, as the pull feed carries it. */
export type Tombstone = { at: string; by: string | null; reason: string | null };

export const fieldsOf = (entity: SyncEntity): [field: string, kind: FieldKind][] =>
  Object.entries(ENTITY_SPECS[entity].fields as Readonly<Record<string, FieldKind>>);

export const tableOf = (entity: SyncEntity): string => ENTITY_SPECS[entity].table;

function decodeValue(kind: FieldKind, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (kind === 'bool') return v === 1 || v === true;
  if (kind === 'json' || kind === 'json?') return typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
  return v;
}

function encodeValue(kind: FieldKind, v: unknown): unknown {
  if (v === undefined) return null;
  // A JSON null (a setting reset to its default) is the text 'null' in a NOT NULL json column.
  if (v === null) return kind === 'json' ? 'null' : null;
  if (kind === 'bool') return v === true || v === 1 ? 1 : 0;
  if (kind === 'json' || kind === 'json?') return JSON.stringify(v);
  return v;
}

/** SQLite row → entity row (camelCase, booleans, decoded JSON). */
export function decodeRow<E extends SyncEntity>(entity: E, raw: SqliteRow): EntityRow<E> {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of fieldsOf(entity)) out[field] = decodeValue(kind, raw[columnOf(field)]);
  return out as EntityRow<E>;
}

/** Entity row → column values to bind (snake_case keys); a field the row lacks is bound as NULL. */
export function encodeRow(entity: SyncEntity, row: Readonly<Record<string, unknown>>): SqliteRow {
  const out: SqliteRow = {};
  for (const [field, kind] of fieldsOf(entity)) out[columnOf(field)] = encodeValue(kind, row[field]);
  return out;
}

export function tombstoneOf(raw: SqliteRow): Tombstone | null {
  const at = raw['deleted_at'];
  if (typeof at !== 'string') return null;
  return {
    at,
    by: typeof raw['deleted_by'] === 'string' ? raw['deleted_by'] : null,
    reason: typeof raw['delete_reason'] === 'string' ? raw['delete_reason'] : null,
  };
}
