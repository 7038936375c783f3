import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_SEPARATOR, routeQuery, STOP_BIGRAMS } from '../../../../shared/search/search-text';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { STOP_BIGRAMS_0021 } from './0021_bigram_stop_grams';
import { MIGRATIONS } from './index';

/** Migration 0021: the bigram index leaves the stop grams out, and search routes them to the scan. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const dbAt = (version: number): Db => {
  const dir = mkdtempSync(join(tmpdir(), 'ldcs-0021-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'a.sqlite'));
  migrate(db, MIGRATIONS.slice(0, version), { backupDir: join(dir, 'backups') });
  db.pragma('foreign_keys = OFF'); // only search rows are written here
  return db;
};
const text = (...fields: string[]) => fields.join(FIELD_SEPARATOR);
const grams = (db: Db, rowid: number) =>
  (
    db.prepare('SELECT gram FROM case_search_bigrams WHERE search_rowid = ?').all(rowid) as {
      gram: string;
    }[]
  )
    .map((r) => r.gram)
    .sort();

describe('migration 0021', () => {
  it('the frozen list is the one search routes by', () => {
    expect([...STOP_BIGRAMS].sort()).toEqual([...STOP_BIGRAMS_0021].sort());
  });

  it('removes the stop grams already indexed and keeps every other pair', () => {
    const db = dbAt(20);
    db.prepare('INSERT INTO case_search (rowid, case_id, text) VALUES (1, ?, ?)').run(
      'c1',
      text('示劳劳人仲案字〔2026〕1号', '张三', '重庆安泰物流有限公司'),
    );
    expect(grams(db, 1)).toEqual(expect.arrayContaining(['有限', '公司', '劳人', '案字', '张三', '物流']));
    migrate(db, MIGRATIONS.slice(0, 21), { backupDir: join(dirs[0] as string, 'backups') });
    const kept = grams(db, 1);
    for (const g of STOP_BIGRAMS) expect(kept).not.toContain(g);
    expect(kept).toEqual(
      expect.arrayContaining(['张三', '物流', '安泰', '示劳', '劳劳', '〔2', '〕1', '1号']),
    );
  });

  it('inserts and updates after it leave them out too, and a delete leaves nothing behind', () => {
    const db = dbAt(MIGRATIONS.length);
    db.prepare('INSERT INTO case_search (rowid, case_id, text) VALUES (2, ?, ?)').run(
      'c2',
      text('李四', '某某股份有限公司'),
    );
    expect(grams(db, 2)).toEqual(['某某', '某股', '李四'].sort());
    db.prepare('UPDATE case_search SET text = ? WHERE rowid = 2').run(text('李四', '某某有限责任公司'));
    expect(grams(db, 2)).toEqual(['某某', '某有', '李四'].sort());
    db.prepare('DELETE FROM case_search WHERE rowid = 2').run();
    expect(grams(db, 2)).toEqual([]);
  });

  it.each([...STOP_BIGRAMS])('a search for %s scans instead of asking the index', (g) => {
    expect(routeQuery(g).kind).toBe('like');
  });
});
