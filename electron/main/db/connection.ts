import Database from 'better-sqlite3';
import { keyPragmaValue } from './db-key';

export type Db = Database.Database;

export type DbOpenErrorCode = 'DB_FROM_FUTURE' | 'DB_CORRUPT' | 'DB_LOCKED' | 'DB_KEY_LOST';

/** A database the app must not use as it is; the shell shows `message` and offers `backups`. */
export class DbOpenError extends Error {
  readonly code: DbOpenErrorCode;
  readonly backups: string[];
  constructor(code: DbOpenErrorCode, message: string, backups: string[] = []) {
    super(message);
    this.name = 'DbOpenError';
    this.code = code;
    this.backups = backups;
  }
}

export type OpenOptions = {
  nativeBinding?: string | undefined;
  readonly?: boolean;
  busyTimeoutMs?: number;
  /** The data folder's key (db-key.ts); without it the file is opened as a plain SQLite database. */
  key?: Buffer | undefined;
  fileMustExist?: boolean;
};

/** Freed pages can be handed back to the file system (free-pages.ts). */
export const AUTO_VACUUM_INCREMENTAL = 2;

/** The cipher of every encrypted file (ARCHITECTURE.md, "Encryption at rest"): ChaCha20-Poly1305, per page. */
export const DB_CIPHER = 'chacha20';

/** A new connection, keyed before any other statement runs (SQLite3 Multiple Ciphers reads page 1 lazily). */
export function connect(file: string, opts: OpenOptions = {}): Db {
  const db = new Database(file, {
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.readonly ? { readonly: true } : {}),
    ...(opts.fileMustExist ? { fileMustExist: true } : {}),
  });
  if (opts.key !== undefined) {
    try {
      db.pragma(`cipher = '${DB_CIPHER}'`);
      // A SQLite without the cipher extension ignores these pragmas and would write the file in the clear.
      if (db.pragma('cipher', { simple: true }) !== DB_CIPHER)
        throw new Error('数据库驱动不支持加密（不是 better-sqlite3-multiple-ciphers），拒绝以明文打开');
      db.pragma(`key = ${keyPragmaValue(opts.key)}`);
    } catch (e) {
      db.close();
      throw e;
    }
  }
  return db;
}

/**
 * Legal records need durability on power loss: WAL + synchronous=FULL (architecture decisions, sync §2.3).
 * The header is read right away so a file that is not a database fails here, not on the first click.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    db = connect(file, opts);
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(opts.busyTimeoutMs ?? 5000))}`);
    // Before WAL writes a new file's first page, the only moment it is free; an existing file keeps its mode
    // until a VACUUM (free-pages.ts).
    if (!opts.readonly) db.pragma(`auto_vacuum = ${AUTO_VACUUM_INCREMENTAL}`);
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('user_version', { simple: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (e) {
    db?.close();
    throw classifyOpenError(e, file);
  }
}

export function classifyOpenError(e: unknown, file: string): unknown {
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new DbOpenError('DB_CORRUPT', `数据库文件已损坏或不是本软件的数据库：${file}`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new DbOpenError(
      'DB_LOCKED',
      `数据库文件被其他程序占用，请关闭其他正在运行的本软件后重试：${file}`,
    );
  return e;
}
