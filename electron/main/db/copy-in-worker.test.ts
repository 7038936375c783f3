import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyDatabase } from './backup-files';
import type { CopyInFlight } from './copy-in-worker';
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

  it('closing abandons a copy in flight: the worker lets go of the file, no partial copy is left', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-copy-'));
    const file = join(dir, 'a.sqlite');
    const db = openDatabase(file, { key: KEY });
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('x')");
    let copy: CopyInFlight | null = null;
    const pending = copyDatabase(db, join(dir, 'copy.sqlite'), {
      key: KEY,
      inFlight: (c) => (copy = c ?? copy),
    });
    expect(copy).not.toBeNull();
    (copy as CopyInFlight | null)?.abandon();
    db.close();
    // What a restore does next: the file is renamed away (Windows refuses while another handle holds it).
    renameSync(file, `${file}.replaced`);
    await expect(pending).rejects.toThrow();
    expect(readdirSync(dir).filter((n) => n.startsWith('copy.sqlite'))).toEqual([]);
  });
});
