import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../private-files';

/**
 * The key of a data folder (issue 15 item 1): 32 random bytes that encrypt the database, its backups and its
 * attachments. Where it is kept is the host's choice — the desktop wraps it with the operating system's key
 * (Electron safeStorage, shell/db-key-store.ts); plain Node hosts (browser host, tests, scripts) keep it in a
 * plain file, a development-only fallback (`devKeyStore`).
 */
export const DB_KEY_BYTES = 32;

export type DbKeyStore = {
  /** The folder's key; null when none was ever made. Throws DbKeyUnreadable when one exists but cannot be read. */
  load(): Buffer | null;
  /** Makes, keeps and returns a new key: only for a new database or a plain one being encrypted. */
  create(): Buffer;
  /** Where the key is kept, for messages. */
  where: string;
};

/** A key that exists but cannot be unwrapped (another OS account, a reinstalled OS, a damaged file). */
export class DbKeyUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DbKeyUnreadable';
  }
}

/** Wraps a key for keeping on disk: the OS's encryption (safeStorage) on the desktop. */
export type KeyWrapper = {
  wrap(hex: string): Buffer;
  unwrap(wrapped: Buffer): string;
};

const HEX_KEY = /^[0-9a-f]{64}$/;

function writeKeyFile(file: string, bytes: Buffer | string): void {
  // A key is written once, beside the database, never overwritten: a lost key must stay a visible loss.
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, bytes, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  if (existsSync(file)) throw new Error(`密钥文件已存在，不会覆盖：${file}`);
  renameSync(tmp, file);
}

function parseHexKey(hex: string, file: string): Buffer {
  const text = hex.trim().toLowerCase();
  if (!HEX_KEY.test(text)) throw new DbKeyUnreadable(`密钥文件内容无效：${file}`);
  return Buffer.from(text, 'hex');
}

/** A key file whose content is wrapped by `wrapper` (the desktop: safeStorage, bound to the OS account). */
export function wrappedKeyStore(file: string, wrapper: KeyWrapper): DbKeyStore {
  return {
    where: file,
    load() {
      if (!existsSync(file)) return null;
      let hex: string;
      try {
        hex = wrapper.unwrap(readFileSync(file));
      } catch (e) {
        throw new DbKeyUnreadable(
          `无法用本机操作系统账户解开数据库密钥（${e instanceof Error ? e.message : String(e)}）：${file}`,
        );
      }
      return parseHexKey(hex, file);
    },
    create() {
      const key = randomBytes(DB_KEY_BYTES);
      writeKeyFile(file, wrapper.wrap(key.toString('hex')));
      return key;
    },
  };
}

export const DEV_KEY_FILE = 'cases.key.dev';

/**
 * Development only: the key in plain hex beside the database (`cases.key.dev`, 0600). Used by the browser host,
 * tests and scripts, which run without Electron and so without safeStorage. The desktop never reads it.
 */
export function devKeyStore(dataDir: string): DbKeyStore {
  const file = join(dataDir, DEV_KEY_FILE);
  return {
    where: file,
    load: () => (existsSync(file) ? parseHexKey(readFileSync(file, 'utf8'), file) : null),
    create() {
      const key = randomBytes(DB_KEY_BYTES);
      writeKeyFile(file, key.toString('hex'));
      return key;
    },
  };
}

/** A fixed key in memory (tests of a single file). */
export function memoryKeyStore(initial: Buffer | null = null): DbKeyStore {
  let key = initial;
  return {
    where: '(memory)',
    load: () => key,
    create: () => (key = randomBytes(DB_KEY_BYTES)),
  };
}

/** The SQL form of a raw key for `PRAGMA key` / `PRAGMA rekey`: hex only, so nothing in it is ever quoted. */
export function keyPragmaValue(key: Buffer): string {
  if (key.length !== DB_KEY_BYTES) throw new Error('数据库密钥长度无效');
  return `"x'${key.toString('hex')}'"`;
}

/** A key for another use of the same secret (attachments), so one never serves two ciphers. */
export function deriveKey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `ldcs:${purpose}`, 32));
}

/** A short, non-secret name of a key (for logs and to tell two keys apart). */
export const keyId = (key: Buffer): string =>
  createHash('sha256').update(deriveKey(key, 'key-id')).digest('hex').slice(0, 12);
