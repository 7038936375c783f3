import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { columnOf, ENTITY_SPECS, SYNC_ENTITIES, type EntityRow } from '../../../shared/sync/entities';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

/** The sync bookkeeping columns every synced table carries (docs/sync.md §2.3); they are not entity fields. */
const SYNC_COLUMNS = ['row_seq', 'field_seqs', 'deleted_at', 'deleted_by', 'delete_reason', '_ext'];
/** Local, derived columns that never travel (generated from other columns). */
const DERIVED = { cases: ['display_no'] } as Record<string, string[]>;

describe('entity specs agree with the SQLite schema', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  it.each(SYNC_ENTITIES)('%s: every field is a column and every column a field', (entity) => {
    const spec = ENTITY_SPECS[entity];
    const columns = (
      db.prepare(`PRAGMA table_xinfo(${spec.table})`).all() as { name: string; notnull: number }[]
    ).filter((c) => !SYNC_COLUMNS.includes(c.name) && !(DERIVED[spec.table] ?? []).includes(c.name));
    expect(Object.keys(spec.fields).map(columnOf).sort()).toEqual(columns.map((c) => c.name).sort());
    // A field the spec calls required is NOT NULL in the table (an optional one may be either).
    for (const [field, kind] of Object.entries(spec.fields)) {
      const col = columns.find((c) => c.name === columnOf(field));
      if (!kind.endsWith('?') && field !== 'id') expect(col?.notnull, `${entity}.${field}`).toBe(1);
    }
  });
});

// Compile-time: the row type follows the spec (required text is string, optional text nullable, bool boolean).
const _case: EntityRow<'case'>['isCollective'] = true;
const _no: EntityRow<'case'>['officialNo'] = null;
void _case;
void _no;
