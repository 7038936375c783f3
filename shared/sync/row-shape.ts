import { ENTITY_SPECS, fieldKind, type FieldKind, type SyncEntity } from './entities';

const fits = (kind: FieldKind, v: unknown): boolean => {
  const optional = kind.endsWith('?');
  if (v === null) return optional || kind === 'json';
  if (v === undefined) return false;
  switch (kind.replace('?', '')) {
    case 'text':
      return typeof v === 'string' && v.length <= 100_000;
    case 'int':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'bool':
      return typeof v === 'boolean';
    default:
      return true;
  }
};

/**
 * Whether a pushed row has its entity's shape (shared/sync/entities.ts): a new row carries every field, a
 * changed row at least its changed ones, no field is unknown and every value fits its kind. Returns the first
 * offending field, or null. The server refuses a push whose rows do not fit, so a malformed row never reaches
 * another desktop's SQLite.
 */
export function rowShapeError(
  entity: SyncEntity,
  row: Record<string, unknown>,
  required: readonly string[] | 'all',
): string | null {
  for (const [f, v] of Object.entries(row)) {
    const kind = fieldKind(entity, f);
    if (kind === undefined) return f;
    if (!fits(kind, v)) return f;
  }
  const need = required === 'all' ? Object.keys(ENTITY_SPECS[entity].fields) : required;
  for (const f of need) if (!(f in row)) return f;
  return null;
}
