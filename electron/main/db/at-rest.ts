import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { connect, DbOpenError, openDatabase, type Db, type OpenOptions } from './connection';
import { DbKeyUnreadable, keyPragmaValue, type DbKeyStore } from './db-key';
import { checkIntegrity } from './integrity';
import { makePrivateFile } from '../private-files';

/**
 * Opening the data folder's database encrypted (issue 15 item 1). A new database is created encrypted; a plain
 * one (from before encryption) is encrypted once, its backups with it; an encrypted one is opened with the key
 * from the store. A missing or wrong key is DB_KEY_LOST — never a new, empty database over the old one, and the
 * file is not touched.
 */
export type FileState = 'new' | 'plain' | 'encrypted';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function head(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const out = Buffer.alloc(n);
    const got = readSync(fd, out, 0, n, 0);
    return out.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

const sizeOf = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/** What is on disk: nothing yet, a plain SQLite file, or anything else (an encrypted file's header is random). */
export function fileState(file: string): FileState {
  if (sizeOf(file) === 0) {
    // A WAL database can have an empty main file and everything in its -wal (killed before a checkpoint).
    if (sizeOf(`${file}-wal`) === 0) return 'new';
    return 'encrypted';
  }
  return head(file, SQLITE_MAGIC.length).equals(SQLITE_MAGIC) ? 'plain' : 'encrypted';
}

export const isPlainDatabaseFile = (file: string): boolean => fileState(file) === 'plain';

export const KEY_LOST_MESSAGE =
  '数据库已加密，但本机保存的数据库密钥丢失或与数据库不匹配（例如更换了操作系统账户、重装了系统，或复制了别处的数据目录）。' +
  '为保护数据，本软件没有改动该数据库，也不会新建空数据库。';

function keyLost(file: string, why: string): DbOpenError {
  return new DbOpenError('DB_KEY_LOST', `${KEY_LOST_MESSAGE}\n${why}\n数据库文件：${file}`);
}

function loadKey(store: DbKeyStore, file: string): Buffer {
  let key: Buffer | null;
  try {
    key = store.load();
  } catch (e) {
    if (e instanceof DbKeyUnreadable) throw keyLost(file, e.message);
    throw e;
  }
  if (key === null) throw keyLost(file, `未找到密钥：${store.where}`);
  return key;
}

/** Does `key` open `file` (page 1 decrypts and the schema reads)? */
export function keyOpens(file: string, key: Buffer, nativeBinding?: string): boolean {
  let db: Db | undefined;
  try {
    db = connect(file, { key, nativeBinding, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Encrypts a plain SQLite file where it lies: its WAL is folded in, a copy is encrypted (`PRAGMA rekey`, which
 * needs a rollback journal) and checked with the key, then renamed over the plain file. Until that rename the
 * plain file is untouched, so a crash at any point leaves either the plain file (encrypted again at the next
 * start) or the encrypted one. `beforeReplace` sees the checked encrypted copy first (the pre-encryption backup).
 */
export function encryptPlainFile(
  file: string,
  key: Buffer,
  opts: { nativeBinding?: string | undefined; beforeReplace?: (encryptedCopy: string) => void } = {},
): void {
  const plain = connect(file, { nativeBinding: opts.nativeBinding, fileMustExist: true });
  try {
    plain.pragma('journal_mode = DELETE');
  } finally {
    plain.close();
  }
  const work = `${file}.encrypting`;
  for (const f of [work, `${work}-journal`]) rmSync(f, { force: true });
  copyFileSync(file, work);
  makePrivateFile(work);
  try {
    const db = connect(work, { nativeBinding: opts.nativeBinding, fileMustExist: true });
    try {
      db.pragma(`rekey = ${keyPragmaValue(key)}`);
    } finally {
      db.close();
    }
    const check = connect(work, { nativeBinding: opts.nativeBinding, key, fileMustExist: true });
    try {
      const report = checkIntegrity(check, { quick: false });
      if (!report.ok) throw new Error(`加密后的数据库未通过完整性校验：${report.problems.join('；')}`);
    } finally {
      check.close();
    }
    if (isPlainDatabaseFile(work)) throw new Error('数据库加密未生效');
    opts.beforeReplace?.(work);
    renameSync(work, file);
  } catch (e) {
    rmSync(work, { force: true });
    throw e;
  } finally {
    rmSync(`${work}-journal`, { force: true });
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

export type AtRestOptions = Omit<OpenOptions, 'key' | 'readonly' | 'fileMustExist'> & {
  store: DbKeyStore;
  /** The newest data version this app knows: a plain database from a newer app is left as it is. */
  maxUserVersion: number;
  /** Writes the pre-encryption backup from the checked encrypted copy (backup/at-rest-migration.ts). */
  backupBeforeEncrypting: (encryptedCopy: string) => void;
  /** Other copies that may be findable: they are tried with the key to tell a wrong key from a damaged file. */
  copies: () => string[];
};

export type AtRestOpened = { db: Db; key: Buffer | null; encryptedNow: boolean };

/** Opens the database of a data folder, encrypted, encrypting a plain one first. */
export function openAtRest(file: string, opts: AtRestOptions): AtRestOpened {
  const { store, maxUserVersion, backupBeforeEncrypting, copies, ...open } = opts;
  const state = fileState(file);
  if (state === 'new') {
    const key = loadKeyOrNull(store, file) ?? store.create();
    return { db: openDatabase(file, { ...open, key }), key, encryptedNow: false };
  }
  if (state === 'plain') {
    const version = plainUserVersion(file, open.nativeBinding);
    // A newer app's database is not changed at all: migrate() refuses it with DB_FROM_FUTURE.
    if (version > maxUserVersion) return { db: openDatabase(file, open), key: null, encryptedNow: false };
    const key = loadKeyOrNull(store, file) ?? store.create();
    encryptPlainFile(file, key, { nativeBinding: open.nativeBinding, beforeReplace: backupBeforeEncrypting });
    return { db: openDatabase(file, { ...open, key }), key, encryptedNow: true };
  }
  const key = loadKey(store, file);
  try {
    return { db: openDatabase(file, { ...open, key }), key, encryptedNow: false };
  } catch (e) {
    if (!(e instanceof DbOpenError) || e.code !== 'DB_CORRUPT') throw e;
    // Wrong key and damaged page 1 read alike; a copy the key opens says the key is right.
    if (copies().some((c) => keyOpens(c, key, open.nativeBinding))) throw e;
    throw keyLost(file, `本机的密钥（${store.where}）打不开该数据库，也打不开任何备份。`);
  }
}

function loadKeyOrNull(store: DbKeyStore, file: string): Buffer | null {
  try {
    return store.load();
  } catch (e) {
    // A key that exists but cannot be read is never replaced by a new one.
    if (e instanceof DbKeyUnreadable) throw keyLost(file, e.message);
    throw e;
  }
}

function plainUserVersion(file: string, nativeBinding: string | undefined): number {
  const db = connect(file, { nativeBinding, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    throw new DbOpenError('DB_CORRUPT', `数据库文件已损坏或不是本软件的数据库：${file}（${String(e)}）`);
  } finally {
    db.close();
  }
}
