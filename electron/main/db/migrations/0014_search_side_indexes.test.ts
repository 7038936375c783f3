import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_SEPARATOR, isIndexedBigram, SEARCH_KEY_LENGTH } from '../../../../shared/search/search-text';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

/**
 * Migration 0014's side indexes of the search text, against their definition written here in TypeScript with
 * the same rules routeQuery relies on (isIndexedBigram, SEARCH_KEY_LENGTH): every window of a field, none
 * across the U+0001 separator. Checked after the backfill of rows written at version 13 and after any
 * sequence of inserts, updates and deletes of case_search (the triggers).
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const freshDb = (version: number): Db => {
  const dir = mkdtempSync(join(tmpdir(), 'ldcs-0014-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'a.sqlite'));
  migrate(db, MIGRATIONS.slice(0, version), { backupDir: join(dir, 'backups') });
  // case_search points at cases; these tests write only the search rows.
  db.pragma('foreign_keys = OFF');
  return db;
};

const windowsOf = (text: string, size: number): string[] =>
  text
    .split(FIELD_SEPARATOR)
    .flatMap((field) => {
      const chars = [...field];
      return Array.from({ length: Math.max(0, chars.length - size + 1) }, (_, i) => chars.slice(i, i + size));
    })
    .map((w) => w.join(''));

type Rows = Map<number, string>;
const expected = (rows: Rows) => {
  const bigrams = new Set<string>();
  const keys = new Set<string>();
  for (const [rowid, text] of rows) {
    for (const w of windowsOf(text, 2)) if (isIndexedBigram([...w])) bigrams.add(`${w}|${rowid}`);
    for (const w of windowsOf(text, SEARCH_KEY_LENGTH)) keys.add(`${w}|${rowid}`);
  }
  return { bigrams: [...bigrams].sort(), keys: [...keys].sort() };
};
const actual = (db: Db) => ({
  bigrams: (
    db.prepare('SELECT gram, search_rowid FROM case_search_bigrams').all() as {
      gram: string;
      search_rowid: number;
    }[]
  )
    .map((r) => `${r.gram}|${r.search_rowid}`)
    .sort(),
  keys: (
    db.prepare('SELECT key, search_rowid FROM case_search_keys').all() as {
      key: string;
      search_rowid: number;
    }[]
  )
    .map((r) => `${r.key}|${r.search_rowid}`)
    .sort(),
});

// Fields as they are stored: names, 18-character ID numbers and credit codes, 案号, an emoji's surrogate pair.
const field = fc.oneof(
  fc.stringMatching(/^[张王李伟秀英有限公司〔〕]{1,6}$/),
  fc.stringMatching(/^[0-9x]{17,19}$/),
  fc.stringMatching(/^91[0-9a-z]{16}$/),
  fc.stringMatching(/^[a-z0-9张王]{0,24}$/),
  fc.constantFrom('示劳人仲案字〔2026〕12号', '😀张', 'ab', '1'),
);
const text = fc.array(field, { minLength: 1, maxLength: 5 }).map((f) => f.join(FIELD_SEPARATOR));

describe('migration 0014: side indexes of the search text', () => {
  it('backfills the rows written before it', () => {
    const db = freshDb(13);
    const rows: Rows = new Map();
    const put = db.prepare('INSERT INTO case_search (case_id, text) VALUES (?, ?)');
    fc.sample(text, { numRuns: 200, seed: 14 }).forEach((t, i) => {
      rows.set(Number(put.run(`case-${i}`, t).lastInsertRowid), t);
    });
    migrate(db, MIGRATIONS, { backupDir: join(dirs[0] as string, 'backups') });
    expect(actual(db)).toEqual(expected(rows));
    db.close();
  });

  it('property: every insert, update and delete of case_search keeps both equal to their definition', () => {
    const db = freshDb(MIGRATIONS.length);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), caseNo: fc.nat(6), text }),
      fc.record({ kind: fc.constant('delete' as const), caseNo: fc.nat(6) }),
    );
    const upsert = db.prepare(
      `INSERT INTO case_search (case_id, text) VALUES (?, ?) ON CONFLICT(case_id) DO UPDATE SET text = excluded.text`,
    );
    const remove = db.prepare('DELETE FROM case_search WHERE case_id = ?');
    const rowidOf = db.prepare<[string], { rowid: number }>(
      'SELECT rowid FROM case_search WHERE case_id = ?',
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        db.exec('DELETE FROM case_search');
        const rows: Rows = new Map();
        for (const o of ops) {
          const id = `case-${o.caseNo}`;
          const rowid = rowidOf.get(id)?.rowid;
          if (o.kind === 'delete') {
            remove.run(id);
            if (rowid !== undefined) rows.delete(rowid);
          } else {
            upsert.run(id, o.text);
            rows.set(rowidOf.get(id)?.rowid ?? -1, o.text);
          }
        }
        expect(actual(db)).toEqual(expected(rows));
      }),
      { numRuns: 150, seed: 20261207 },
    );
    db.close();
  });
});
