import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyDatabase } from './backup-files';
import { connect, openDatabase } from './connection';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const KEY = Buffer.alloc(32, 9);

describe('an encrypted backup copy', () => {
  it('is written off the main thread (timers keep running), encrypted with the same key, with every row', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-copy-'));
    const db = openDatabase(join(dir, 'a.sqlite'), { key: KEY });
    db.exec('CREATE TABLE t (v TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`110105194912310021-${i}`);
    })();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await copyDatabase(db, join(dir, 'copy.sqlite'), { key: KEY });
    clearInterval(timer);
    // VACUUM INTO on this thread would have returned before any timer could run.
    expect(ticks).toBeGreaterThan(0);
    db.close();
    expect(readFileSync(join(dir, 'copy.sqlite')).includes('110105194912310021')).toBe(false);
    const copy = connect(join(dir, 'copy.sqlite'), { key: KEY });
    expect(copy.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 20_000 });
    copy.close();
  });
});
