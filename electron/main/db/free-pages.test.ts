import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { correctionsFixture } from '../../../tests/helpers/corrections';
import { initialize, TEST_SCRYPT_PARAMS } from '../../../tests/helpers/core';
import { createAppCore, DB_FILE, type AppCore } from '../app-core';
import { connect, openDatabase, type Db } from './connection';
import {
  droppedBytes,
  noteDroppedBytes,
  repackIfWorthIt,
  RETURN_FREE_PAGES_FROM,
  returnFreePages,
  useIncrementalVacuum,
} from './free-pages';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

let dir = '';
let db: Db | null = null;
let core: AppCore | null = null;
afterEach(() => {
  db?.close();
  core?.close();
  db = core = null;
  rmSync(dir, { recursive: true, force: true });
});
const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'ldcs-free-pages-')));
const KEY = Buffer.alloc(32, 7);

/** An encrypted file with ~8 MB in a scratch table, then deleted: its pages are free. */
function withFreedPages(d: Db): void {
  d.exec('CREATE TABLE scratch (b BLOB NOT NULL)');
  const put = d.prepare('INSERT INTO scratch (b) VALUES (?)');
  d.transaction(() => {
    for (let i = 0; i < 2000; i++) put.run(randomBytes(4000));
  })();
  d.exec('DELETE FROM scratch');
  d.pragma('wal_checkpoint(TRUNCATE)');
}

describe('free pages go back to the file system (incremental auto-vacuum)', () => {
  it('an encrypted file in the mode returns freed pages a batch at a time, and stays encrypted', () => {
    const file = join(tmp(), 'a.sqlite');
    db = openDatabase(file, { key: KEY });
    expect(useIncrementalVacuum(db)).toBe('already');
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    withFreedPages(db);
    const free = db.pragma('freelist_count', { simple: true }) as number;
    expect(free).toBeGreaterThan(1500);
    const before = statSync(file).size;

    expect(returnFreePages(db, 1000)).toBe(free);
    expect(db.pragma('freelist_count', { simple: true })).toBe(free - 1000);
    while ((db.pragma('freelist_count', { simple: true }) as number) >= RETURN_FREE_PAGES_FROM)
      returnFreePages(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(file).size).toBeLessThan(before - 4 * 1024 ** 2);
    db.close();

    // Still the same encrypted database: it opens with its key only, and the mode stays.
    expect(() => openDatabase(file).prepare('SELECT count(*) FROM scratch').get()).toThrow();
    db = openDatabase(file, { key: KEY });
    expect(db.prepare('SELECT count(*) AS n FROM scratch').get()).toEqual({ n: 0 });
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('an existing file is switched by one VACUUM, keeping every row; a file without the mode is left alone', () => {
    const file = join(tmp(), 'b.sqlite');
    db = connect(file, { key: KEY });
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS);
    db.close();
    db = openDatabase(file, { key: KEY });
    withFreedPages(db);
    const free = db.pragma('freelist_count', { simple: true }) as number;
    expect(returnFreePages(db)).toBe(free);
    expect(db.pragma('freelist_count', { simple: true })).toBe(free);

    const tables = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
    expect(useIncrementalVacuum(db)).toBe('vacuumed');
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_schema').get()).toEqual(tables);
    expect(useIncrementalVacuum(db)).toBe('already');
  });

  it('the app creates its database in the mode, and switches an older one at start', () => {
    const root = tmp();
    core = createAppCore({ dataDir: join(root, 'new'), scryptParams: TEST_SCRYPT_PARAMS });
    initialize(core);
    expect(core.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    core.close();
    core = null;

    mkdirSync(join(root, 'old'));
    db = connect(join(root, 'old', DB_FILE));
    migrate(db, MIGRATIONS.slice(0, 16));
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(0);
    db.close();
    db = null;
    core = createAppCore({ dataDir: join(root, 'old'), scryptParams: TEST_SCRYPT_PARAMS });
    expect(core.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(core.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('counts what compaction drops in place, and packs the file at start once that is worth a VACUUM', () => {
    const fx = correctionsFixture();
    try {
      const caseId = fx.register();
      fx.step(caseId, 'arb.accept', '2026-11-24', { simple: false, officialNo: '示劳仲案〔2026〕1号' });
      const { repos } = fx.core.services;
      const ids = repos.outbox.list().map((e) => e.mutationId);
      for (const id of ids) repos.syncOutbox.recordOutcome({ id, outcome: 'applied', seq: id });
      expect(droppedBytes(fx.core.db)).toBe(0);
      repos.syncOutbox.compactThrough(Number.MAX_SAFE_INTEGER);
      // The registration's row changes and its args as text, less the compressed args kept.
      expect(droppedBytes(fx.core.db)).toBeGreaterThan(2000);
    } finally {
      fx.core.dispose();
    }

    db = openDatabase(join(tmp(), 'c.sqlite'), { key: KEY });
    migrate(db, MIGRATIONS);
    const fileBytes =
      (db.pragma('page_count', { simple: true }) as number) *
      (db.pragma('page_size', { simple: true }) as number);
    noteDroppedBytes(db, 1000);
    noteDroppedBytes(db, 1500);
    expect(droppedBytes(db)).toBe(2500);
    expect(repackIfWorthIt(db, 1000)).toBe(false); // not a quarter of the file
    noteDroppedBytes(db, fileBytes);
    expect(repackIfWorthIt(db, 10 * fileBytes)).toBe(false); // under the floor
    expect(repackIfWorthIt(db, 1000)).toBe(true);
    expect(droppedBytes(db)).toBe(0);
    expect(repackIfWorthIt(db, 1000)).toBe(false);
  });
});
