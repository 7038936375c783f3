import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOB_OVERHEAD, createBlobCipher } from './blob-cipher';
import { sealPlainBlobs } from './blob-seal';
import { createBlobStore } from './blob-store';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const fileOf = (sha: string) => join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const TEXT = Buffer.from('送达回证：申请人 张三，身份证号 11010519491231002X'.repeat(20));

async function* chunks(b: Buffer, size: number) {
  for (let i = 0; i < b.length; i += size) {
    await Promise.resolve();
    yield b.subarray(i, i + size);
  }
}

describe('attachments encrypted at rest', () => {
  const key = randomBytes(32);
  const fresh = () => {
    root = mkdtempSync(join(tmpdir(), 'ldcs-blobs-'));
    return createBlobStore(root, createBlobCipher(key));
  };

  it('stores no plaintext, names the file by the plaintext hash, and reads back the same bytes', () => {
    const store = fresh();
    const { sha256: sha, size } = store.put(TEXT);
    expect(sha).toBe(sha256(TEXT));
    expect(size).toBe(TEXT.length);
    const onDisk = readFileSync(fileOf(sha));
    expect(onDisk.includes(Buffer.from('11010519491231002X'))).toBe(false);
    expect(onDisk.length).toBe(TEXT.length + BLOB_OVERHEAD);
    expect(store.size(sha)).toBe(TEXT.length);
    expect(store.get(sha)?.equals(TEXT)).toBe(true);
    expect(store.read(sha, 10, 30).equals(TEXT.subarray(10, 40))).toBe(true);
  });

  it('refuses a changed byte, a file moved to another name, and the wrong key', () => {
    const store = fresh();
    const { sha256: sha } = store.put(TEXT);
    const other = store.put(Buffer.from('另一份证据')).sha256;
    const good = readFileSync(fileOf(sha));
    const bad = Buffer.from(good);
    bad[BLOB_OVERHEAD + 5] = (bad[BLOB_OVERHEAD + 5] as number) ^ 1;
    writeFileSync(fileOf(sha), bad);
    expect(() => createBlobStore(root, createBlobCipher(key)).get(sha)).toThrow(/损坏或被改动/);
    copyFileSync(fileOf(other), fileOf(sha));
    expect(() => createBlobStore(root, createBlobCipher(key)).get(sha)).toThrow(/损坏或被改动/);
    writeFileSync(fileOf(sha), good);
    expect(createBlobStore(root, createBlobCipher(key)).get(sha)?.equals(TEXT)).toBe(true);
    expect(() => createBlobStore(root, createBlobCipher(randomBytes(32))).get(sha)).toThrow(/损坏或被改动/);
  });

  it('a download is encrypted as it streams, and refused when its bytes do not hash to the name', async () => {
    const store = fresh();
    const sha = sha256(TEXT);
    expect(await store.receive(sha, chunks(TEXT, 100))).toEqual({ ok: true });
    expect(readFileSync(fileOf(sha)).includes(Buffer.from('11010519491231002X'))).toBe(false);
    expect(store.get(sha)?.equals(TEXT)).toBe(true);
    const wrong = sha256(Buffer.from('x'));
    expect(await store.receive(wrong, chunks(TEXT, 100))).toMatchObject({ ok: false });
    expect(store.has(wrong)).toBe(false);
  });

  it('an older plain attachment is read (checked by its hash) and sealed once by the migration', () => {
    const store = fresh();
    const sha = sha256(TEXT);
    mkdirSync(join(root, sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
    writeFileSync(fileOf(sha), TEXT);
    expect(store.get(sha)?.equals(TEXT)).toBe(true);
    expect(sealPlainBlobs(root, createBlobCipher(key))).toEqual({ sealed: 1, damaged: [] });
    expect(readFileSync(fileOf(sha)).includes(Buffer.from('11010519491231002X'))).toBe(false);
    expect(sealPlainBlobs(root, createBlobCipher(key))).toEqual({ sealed: 0, damaged: [] });
    expect(createBlobStore(root, createBlobCipher(key)).get(sha)?.equals(TEXT)).toBe(true);
  });
});
