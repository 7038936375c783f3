import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './connection';
import {
  DbKeyUnreadable,
  deriveKey,
  devKeyStore,
  keyPragmaValue,
  wrappedKeyStore,
  type KeyWrapper,
} from './db-key';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'ldcs-key-')));
const reversing: KeyWrapper = {
  wrap: (hex) => Buffer.from(`w:${[...hex].reverse().join('')}`),
  unwrap: (b) => {
    const t = b.toString();
    if (!t.startsWith('w:')) throw new Error('not wrapped by this account');
    return [...t.slice(2)].reverse().join('');
  },
};

describe('the data folder key', () => {
  it('is made once, kept wrapped (the hex never on disk), read back, and never overwritten', () => {
    const file = join(tmp(), 'cases.key');
    const store = wrappedKeyStore(file, reversing);
    expect(store.load()).toBeNull();
    const key = store.create();
    expect(key).toHaveLength(32);
    expect(readFileSync(file).toString()).not.toContain(key.toString('hex'));
    expect(store.load()?.equals(key)).toBe(true);
    expect(() => store.create()).toThrow(/不会覆盖/);
    expect(store.load()?.equals(key)).toBe(true);
  });

  it('a key another account wrapped, or a damaged file, is DbKeyUnreadable, not "no key"', () => {
    const file = join(tmp(), 'cases.key');
    writeFileSync(file, 'something else');
    expect(() => wrappedKeyStore(file, reversing).load()).toThrow(DbKeyUnreadable);
    writeFileSync(join(dir, 'cases.key.dev'), 'not hex');
    expect(() => devKeyStore(dir).load()).toThrow(DbKeyUnreadable);
  });

  it('is written to SQL as hex only, and derived keys differ by purpose', () => {
    const key = Buffer.alloc(32, 7);
    expect(keyPragmaValue(key)).toBe(`"x'${'07'.repeat(32)}'"`);
    expect(() => keyPragmaValue(Buffer.alloc(16))).toThrow();
    expect(deriveKey(key, 'a').equals(deriveKey(key, 'b'))).toBe(false);
  });

  it('an encrypted connection really encrypts (SQLite3 Multiple Ciphers is the SQLite in use)', () => {
    const file = join(tmp(), 'x.sqlite');
    const db = connect(file, { key: Buffer.alloc(32, 1) });
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('110105194912310021')");
    db.close();
    const raw = readFileSync(file);
    expect(raw.subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(raw.includes('110105194912310021')).toBe(false);
  });
});
