import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, DB_FILE, DbOpenError } from '../../electron/main/app-core';
import { verifyDatabaseFile } from '../../electron/main/db/backup-files';
import { connect } from '../../electron/main/db/connection';
import { DEV_KEY_FILE, devKeyStore, memoryKeyStore } from '../../electron/main/db/db-key';
import { createBackupFixture, countRows, type BackupFixture } from '../backup/fixture';
import { dataDirKeyOf } from '../helpers/keyed-db';

/**
 * Encryption at rest (issue 15 item 1), each guard broken on purpose: the database, its -wal, its backups and its
 * attachments hold no readable ID number; a missing or wrong key is refused (DB_KEY_LOST) with the file untouched
 * and no new database; a plain database from before is encrypted once, after a backup.
 */
const ID = '11010519491231002'; // the builders' applicant's ID number, without its check letter (stored X and x)
let fx: BackupFixture | undefined;
afterEach(() => {
  fx?.dispose();
  fx = undefined;
});

const hasId = (file: string) => existsSync(file) && readFileSync(file).includes(ID);
const isPlain = (file: string) =>
  readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';
const dbFiles = (dir: string) => [DB_FILE, `${DB_FILE}-wal`].map((f) => join(dir, f));

function openFails(dataDir: string, opts: { dbKey?: ReturnType<typeof memoryKeyStore> } = {}): DbOpenError {
  try {
    createAppCore({ dataDir, ...opts }).close();
  } catch (e) {
    if (e instanceof DbOpenError) return e;
    throw e;
  }
  throw new Error('the core opened');
}

describe('encryption at rest', () => {
  it('keeps no ID number readable in the database, its WAL or an attachment, and opens again with its key', () => {
    fx = createBackupFixture({ cases: 3 });
    const dir = fx.dataDir;
    for (const f of dbFiles(dir)) expect(hasId(f)).toBe(false);
    const core = fx.host.current();
    if (core === null) throw new Error('core not open');
    const { sha256: sha } = core.blobs.put(Buffer.from(`身份证复印件 ${ID}X`));
    expect(hasId(join(dir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(false);
    expect(core.blobs.get(sha)?.toString()).toContain(ID);
    expect(isPlain(join(dir, DB_FILE))).toBe(false);
    fx.host.close();
    expect(hasId(join(dir, DB_FILE))).toBe(false);
    expect(countRows(join(dir, DB_FILE), 'cases')).toBe(3);
  });

  it('a missing key: DB_KEY_LOST, the file untouched, no key and no database made in its place', () => {
    fx = createBackupFixture({ cases: 2 });
    const dir = fx.dataDir;
    fx.host.close();
    const before = readFileSync(join(dir, DB_FILE));
    rmSync(join(dir, DEV_KEY_FILE));
    const e = openFails(dir);
    expect(e.code).toBe('DB_KEY_LOST');
    expect(e.message).toMatch(/不会新建空数据库/);
    expect(readFileSync(join(dir, DB_FILE)).equals(before)).toBe(true);
    expect(existsSync(join(dir, DEV_KEY_FILE))).toBe(false);
  });

  it('a wrong key: DB_KEY_LOST (no backup opens with it either), the file untouched', async () => {
    fx = createBackupFixture({ cases: 2 });
    await fx.signInAdmin();
    expect(await fx.call('backup:create', {})).toMatchObject({ ok: true });
    const dir = fx.dataDir;
    fx.host.close();
    const before = readFileSync(join(dir, DB_FILE));
    const e = openFails(dir, { dbKey: memoryKeyStore(randomBytes(32)) });
    expect(e.code).toBe('DB_KEY_LOST');
    expect(readFileSync(join(dir, DB_FILE)).equals(before)).toBe(true);
    // The right key still opens it: nothing was changed by the refusal.
    expect(countRows(join(dir, DB_FILE), 'cases')).toBe(2);
  });

  it('a damaged file with the right key stays DB_CORRUPT (a backup opens with the key), not a lost key', async () => {
    fx = createBackupFixture({ cases: 2 });
    await fx.signInAdmin();
    expect(await fx.call('backup:create', {})).toMatchObject({ ok: true });
    const dir = fx.dataDir;
    fx.host.close();
    writeFileSync(join(dir, DB_FILE), randomBytes(8192));
    expect(openFails(dir).code).toBe('DB_CORRUPT');
  });

  it('backups are encrypted with the same key: no ID number in them, refused without it, restorable with it', async () => {
    fx = createBackupFixture({ cases: 4 });
    await fx.signInAdmin();
    const made = await fx.call('backup:create', {});
    expect(made).toMatchObject({ ok: true, value: { check: { ok: true } } });
    const file = join(fx.dataDir, 'backups', (made.value as { name: string }).name);
    expect(isPlain(file)).toBe(false);
    expect(hasId(file)).toBe(false);
    expect(verifyDatabaseFile(file).ok).toBe(false);
    expect(verifyDatabaseFile(file, { key: randomBytes(32) })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/无法用本机的数据库密钥打开/)],
    });
    expect(verifyDatabaseFile(file, { key: dataDirKeyOf(file) }).ok).toBe(true);
    fx.registerCases(1);
    const r = await fx.call('backup:restore', {
      name: (made.value as { name: string }).name,
      confirmed: true,
    });
    expect(r).toMatchObject({ ok: true });
    await fx.signInAdmin();
    expect(await fx.call('cases:list', { limit: 100 })).toMatchObject({ ok: true, value: { total: 4 } });
  });

  it('a plain database from before is encrypted once, after a backup, with its old backups and attachments', () => {
    fx = createBackupFixture({ cases: 3 });
    const dir = fx.dataDir;
    fx.host.close();
    // Make the folder an older version's: database decrypted, a plain backup and a plain attachment beside it.
    const db = connect(join(dir, DB_FILE), { key: dataDirKeyOf(join(dir, DB_FILE)) });
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
    db.close();
    rmSync(join(dir, DEV_KEY_FILE));
    expect(isPlain(join(dir, DB_FILE))).toBe(true);
    expect(hasId(join(dir, DB_FILE))).toBe(true);
    const oldBackup = join(dir, 'backups', 'cases-20261101T000000Z-daily.sqlite');
    mkdirSync(join(dir, 'backups'), { recursive: true });
    copyFileSync(join(dir, DB_FILE), oldBackup);
    const blobText = Buffer.from(`证据材料 ${ID}`);
    const sha = createHash('sha256').update(blobText).digest('hex');
    const blobFile = join(dir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
    mkdirSync(join(dir, 'blobs', sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
    writeFileSync(blobFile, blobText);

    const core = createAppCore({ dataDir: dir });
    try {
      expect(core.services.attachments).toBeDefined();
      const key = devKeyStore(dir).load();
      expect(key).not.toBeNull();
      for (const f of [...dbFiles(dir), oldBackup, blobFile]) expect(hasId(f)).toBe(false);
      expect(isPlain(join(dir, DB_FILE))).toBe(false);
      expect(isPlain(oldBackup)).toBe(false);
      const pre = readdirSync(join(dir, 'backups')).filter((n) => /before-encryption\.sqlite$/.test(n));
      expect(pre).toHaveLength(1);
      expect(countRows(join(dir, 'backups', pre[0] as string), 'cases')).toBe(3);
      expect(countRows(oldBackup, 'cases')).toBe(3);
    } finally {
      core.close();
    }
    expect(countRows(join(dir, DB_FILE), 'cases')).toBe(3);
    // Once: the next start finds an encrypted file and writes no second pre-encryption backup.
    createAppCore({ dataDir: dir }).close();
    expect(
      readdirSync(join(dir, 'backups')).filter((n) => /before-encryption\.sqlite$/.test(n)),
    ).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.includes('.encrypting'))).toEqual([]);
  });
});
