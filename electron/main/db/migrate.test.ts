import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, listBackups, restoreBackup } from '../app-core';
import { openDatabase, DbOpenError, type Db } from './connection';
import { migrate, writeBackup, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import { openKeyed } from '../../../tests/helpers/keyed-db';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ldcs-migrate-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const schemaOf = (db: Db) =>
  db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all();

/** A later migration used to exercise the upgrade path with real data in the file. */
const NEXT: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test_add_note',
  up: 'ALTER TABLE cases ADD COLUMN test_note TEXT',
};

describe('migrate', () => {
  it('creates the whole schema on a fresh file, with the durability pragmas', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite'));
    const r = migrate(db, MIGRATIONS, {});
    expect(r).toEqual({ from: 0, to: MIGRATIONS.length, backupFile: null });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const names = (schemaOf(db) as { name: string }[]).map((s) => s.name);
    for (const t of [
      'offices',
      'staff',
      'cases',
      'parties',
      'claims',
      'events',
      'outbox',
      'audit_log',
      'shadow',
      'case_fts',
    ])
      expect(names).toContain(t);
    db.close();
  });

  it('upgrades from every earlier version to the same schema as a fresh install, writing a backup first', () => {
    const all = [...MIGRATIONS, NEXT];
    const fresh = openDatabase(join(tempDir(), 'fresh.sqlite'));
    migrate(fresh, all, {});
    const expected = schemaOf(fresh);
    fresh.close();
    for (let from = 1; from < all.length; from++) {
      const dir = tempDir();
      const db = openDatabase(join(dir, 'old.sqlite'));
      migrate(db, all.slice(0, from), {});
      db.prepare("INSERT INTO sync_meta (key, value) VALUES ('marker', 'kept')").run();
      const r = migrate(db, all, { backupDir: join(dir, 'backups') });
      expect(r.from).toBe(from);
      expect(r.backupFile).not.toBeNull();
      expect(existsSync(r.backupFile as string)).toBe(true);
      const backup = openDatabase(r.backupFile as string);
      expect(backup.pragma('user_version', { simple: true })).toBe(from);
      expect(backup.prepare("SELECT value FROM sync_meta WHERE key = 'marker'").get()).toEqual({
        value: 'kept',
      });
      backup.close();
      expect(schemaOf(db)).toEqual(expected);
      expect(db.prepare("SELECT value FROM sync_meta WHERE key = 'marker'").get()).toEqual({ value: 'kept' });
      db.close();
    }
  });

  it('refuses a database newer than the app with a clear Chinese message', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'cases.sqlite'));
    migrate(db, MIGRATIONS, {});
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    expect(() => createAppCore({ dataDir: dir })).toThrowError(/请升级本软件/);
    try {
      createAppCore({ dataDir: dir });
    } catch (e) {
      expect(e).toBeInstanceOf(DbOpenError);
      expect((e as DbOpenError).code).toBe('DB_FROM_FUTURE');
    }
  });

  it('rolls back a failing migration completely and keeps the old version', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.sqlite'));
    migrate(db, MIGRATIONS, {});
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up: 'CREATE TABLE t1 (a); SELECT no_such_fn();',
    };
    expect(() => migrate(db, [...MIGRATIONS, broken], { backupDir: join(dir, 'b') })).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 't1'").get()).toBeUndefined();
    db.close();
  });

  it('rejects non-contiguous migration numbers', () => {
    const db = openDatabase(join(tempDir(), 'y.sqlite'));
    expect(() => migrate(db, [{ version: 2, name: 'x', up: '' }], {})).toThrow(/contiguous/);
    db.close();
  });
});

describe('opening a damaged database', () => {
  it('reports a corrupt file with the backups it can restore, and restoring works', () => {
    const dir = tempDir();
    // A real backup to restore from, as the app writes them.
    createAppCore({ dataDir: dir }).close();
    const seed = openKeyed(join(dir, 'cases.sqlite'));
    writeBackup(seed, join(dir, 'backups'), 'manual', new Date('2026-11-25T00:00:00Z'));
    seed.close();
    for (const f of ['cases.sqlite', 'cases.sqlite-wal', 'cases.sqlite-shm'])
      rmSync(join(dir, f), { force: true });
    writeFileSync(join(dir, 'cases.sqlite'), Buffer.alloc(8192, 0x41));
    let caught: unknown;
    try {
      createAppCore({ dataDir: dir });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DbOpenError);
    expect((caught as DbOpenError).code).toBe('DB_CORRUPT');
    expect((caught as DbOpenError).message).toMatch(/损坏/);
    expect((caught as DbOpenError).backups).toEqual(listBackups(dir));
    const backup = (caught as DbOpenError).backups[0] as string;
    const keptAs = restoreBackup(dir, backup);
    expect(existsSync(keptAs)).toBe(true);
    const restored = createAppCore({ dataDir: dir });
    expect(restored.services.setup.status().initialized).toBe(false);
    restored.close();
  });
});

describe('opening a locked database', () => {
  it('reports DB_LOCKED with a clear message when another process holds the file', () => {
    const file = join(tempDir(), 'cases.sqlite');
    const holder = openDatabase(file);
    migrate(holder, MIGRATIONS, {});
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    let caught: unknown;
    try {
      openDatabase(file, { busyTimeoutMs: 50 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DbOpenError);
    expect((caught as DbOpenError).code).toBe('DB_LOCKED');
    expect((caught as DbOpenError).message).toMatch(/占用/);
    holder.exec('ROLLBACK');
    holder.close();
  });
});
