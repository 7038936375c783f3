import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { up } from './0020_args_dictionary_v2';

/** Migration 0020 widens the outbox's args_dict check to the second dictionary, and changes nothing else. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const dbAt = (version: number): { db: Db; file: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'ldcs-0020-'));
  dirs.push(dir);
  const file = join(dir, 'a.sqlite');
  const db = openDatabase(file);
  migrate(db, MIGRATIONS.slice(0, version), { backupDir: join(dir, 'backups') });
  return { db, file };
};
const entry = (db: Db, id: number, dict: number | null) =>
  db
    .prepare(
      `INSERT INTO outbox (mutation_id, name, version, args, bases, user_id, hlc, device_time, args_dict)
       VALUES (?, 'case.register', 1, '{}', '[]', 'u', '001795572000000-0000-node0001', '', ?)`,
    )
    .run(id, dict);
const tableSql = (db: Db) =>
  (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'outbox'").get() as { sql: string }).sql;

describe('migration 0020', () => {
  it('lets args_dict be 2, still refuses any other value, and keeps every row and the table otherwise', () => {
    const { db } = dbAt(19);
    entry(db, 1, 1);
    entry(db, 2, null);
    expect(() => entry(db, 3, 2)).toThrow(/CHECK/);
    const before = tableSql(db);
    migrate(db, MIGRATIONS.slice(0, 20), { backupDir: join(dirs[0] as string, 'backups') });
    entry(db, 3, 2);
    expect(() => entry(db, 4, 3)).toThrow(/CHECK/);
    expect(tableSql(db)).toBe(before.replace('IN (1))', 'IN (1, 2))'));
    expect(db.prepare('SELECT mutation_id AS id, args_dict AS d FROM outbox ORDER BY 1').all()).toEqual([
      { id: 1, d: 1 },
      { id: 2, d: null },
      { id: 3, d: 2 },
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The audit's guard of the outbox's recorded values is still there.
    expect(() => db.prepare("UPDATE outbox SET name = 'x' WHERE mutation_id = 1").run()).toThrow(
      /audit record/,
    );
    db.close();
  });

  it('a second connection open during the migration sees the wider check', () => {
    const { db, file } = dbAt(19);
    const other = openDatabase(file);
    db.transaction(() => up(db))();
    other
      .prepare(
        `INSERT INTO outbox (mutation_id, name, version, args, bases, user_id, hlc, device_time, args_dict)
         VALUES (7, 'x', 1, '{}', '[]', 'u', 'h', '', 2)`,
      )
      .run();
    expect(other.prepare('SELECT args_dict FROM outbox WHERE mutation_id = 7').get()).toEqual({
      args_dict: 2,
    });
    other.close();
    db.close();
  });

  it('refuses to touch an outbox declared otherwise than 0013 left it', () => {
    const { db } = dbAt(20);
    expect(() => db.transaction(() => up(db))()).toThrow(/not declared as migration 0013 left it/);
    db.close();
  });
});
