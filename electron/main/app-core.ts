import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { makeDatabaseFilesPrivate, makePrivateDir, makePrivateFile } from './private-files';
import { join } from 'node:path';
import { DbOpenError, type Db } from './db/connection';
import { openAtRest } from './db/at-rest';
import { devKeyStore, type DbKeyStore } from './db/db-key';
import { encryptLegacyCopies, preEncryptionBackup } from './backup/at-rest-migration';
import { createBlobCipher } from './blobs/blob-cipher';
import { sealPlainBlobs } from './blobs/blob-seal';
import { packOnOpen } from './db/free-pages';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { acquireOwnerLock, type OwnerLock } from './db/owner-lock';
import { dbFailureOf } from './db/runtime-failure';
import { createMetaRepo } from './db/repositories/meta.repo';
import { createDispatcher, type Dispatcher } from './ipc/dispatch';
import { createConsoleLogger, type Logger } from './logger';
import { createServices, type AppServices, type ServiceDeps } from './services';
import { createBlobStore, type BlobStore } from './blobs/blob-store';
import { createSessionStore } from './services/session-store';
import { createBackupService } from './services/backup-service';
import { createDbHealth } from './services/db-health';
import { prepareBackupDir, stampOf } from './backup/backup-catalog';

export { DbOpenError };

export type AppCoreOptions = {
  dataDir: string;
  nativeBinding?: string | undefined;
  /**
   * Where the data folder's key is kept (db-key.ts): the desktop passes the safeStorage-wrapped store
   * (shell/db-key-store.ts). Without one, the development key file beside the database — plain Node hosts only.
   */
  dbKey?: DbKeyStore;
  logger?: Logger;
  /** Check every handler's output against the contract (dev and tests). */
  checkOutput?: boolean;
  /** How long a write waits for another connection's lock before DB_LOCKED (default 5 s). */
  busyTimeoutMs?: number;
  /** Daily backups (at start and on an hourly tick) and one at close; the desktop app and dev host turn it on. */
  scheduledBackups?: boolean;
  /** PRAGMA quick_check after start: files up to syncMaxBytes at once, larger ones after deferMs. */
  quickCheck?: { syncMaxBytes?: number; deferMs?: number };
  /** The host's restore: close this core, put the backup in place (restoreBackup), open the app again. */
  requestRestore?: (backupFile: string) => void;
} & ServiceDeps;

export type AppCore = {
  dispatcher: Dispatcher;
  services: AppServices;
  db: Db;
  dbPath: string;
  /** The attachments folder, encrypted with the database's key (tests and tools put files through it). */
  blobs: BlobStore;
  /** Locks every signed-in session (the OS locked the screen or is suspending; shell/power-lock.ts). */
  lockSessions(): number;
  close(): void;
};

export const DB_FILE = 'cases.sqlite';
/** The key store a core of these options uses. */
export const keyStoreOf = (opts: Pick<AppCoreOptions, 'dataDir' | 'dbKey'>): DbKeyStore =>
  opts.dbKey ?? devKeyStore(opts.dataDir);
export const backupDirOf = (dataDir: string) => join(dataDir, 'backups');
const HOUR_MS = 3600 * 1000;

/** Opens (creating if needed) and migrates the database, then wires services and the dispatcher. */
export function createAppCore(opts: AppCoreOptions): AppCore {
  makePrivateDir(opts.dataDir);
  const dbPath = join(opts.dataDir, DB_FILE);
  makeDatabaseFilesPrivate(dbPath);
  const backups = () => listBackups(opts.dataDir);
  const withBackups = (e: unknown) =>
    e instanceof DbOpenError ? new DbOpenError(e.code, e.message, backups()) : e;
  let lock: OwnerLock;
  try {
    lock = acquireOwnerLock(`${dbPath}.owner`, { nativeBinding: opts.nativeBinding });
  } catch (e) {
    throw withBackups(e);
  }
  const log = opts.logger ?? createConsoleLogger();
  const now = opts.now ?? Date.now;
  let db: Db;
  let key: Buffer | null;
  try {
    const opened = openAtRest(dbPath, {
      store: keyStoreOf(opts),
      maxUserVersion: MIGRATIONS.length,
      nativeBinding: opts.nativeBinding,
      ...(opts.busyTimeoutMs !== undefined ? { busyTimeoutMs: opts.busyTimeoutMs } : {}),
      backupBeforeEncrypting: preEncryptionBackup(backupDirOf(opts.dataDir), now),
      copies: backups,
    });
    db = opened.db;
    key = opened.key;
    if (opened.encryptedNow && key !== null) {
      // The plain copies an older version left beside it: backups, replaced files and attachments.
      const copies = encryptLegacyCopies(opts.dataDir, backupDirOf(opts.dataDir), key, opts.nativeBinding);
      for (const f of copies.failed) log.error(f.error, { where: 'encrypt.legacyCopy', file: f.file });
      const blobs = sealPlainBlobs(join(opts.dataDir, 'blobs'), createBlobCipher(key));
      log.info('database encrypted', { copies: copies.encrypted.length, attachments: blobs.sealed });
      if (blobs.damaged.length > 0)
        log.error(new Error('damaged attachments left plain'), { shas: blobs.damaged });
    }
  } catch (e) {
    lock.release();
    throw withBackups(e);
  }
  try {
    migrate(db, MIGRATIONS, { backupDir: backupDirOf(opts.dataDir) });
  } catch (e) {
    db.close();
    lock.release();
    throw withBackups(e);
  }
  try {
    // Once per older file, after the migrations (and their backup): freed pages can then go back; and once
    // compaction has left enough half-empty pages, one VACUUM packs them (db/free-pages.ts). Only space is at
    // stake (a VACUUM needs as much free disk as the file), so a failure is logged and the app opens.
    // After an upgrade in a worker (upgrade-database.ts) that worker has done it: nothing is due here.
    const packed = packOnOpen(db);
    if (packed === 'incremental') log.info('database switched to incremental auto-vacuum');
    else if (packed === 'repacked') log.info('database packed after compaction');
  } catch (e) {
    log.error(e, { where: 'open.vacuum' });
  }
  const health = createDbHealth({ db, dbPath, now, log, ...opts.quickCheck });
  const backup = createBackupService({
    db,
    meta: createMetaRepo(db),
    dir: backupDirOf(opts.dataDir),
    now,
    log,
    health,
    nativeBinding: opts.nativeBinding,
    key: key ?? undefined,
    requestRestore: opts.requestRestore,
  });
  health.start();
  const blobs = createBlobStore(
    join(opts.dataDir, 'blobs'),
    key !== null ? createBlobCipher(key) : undefined,
  );
  let services: AppServices;
  try {
    services = createServices(db, {
      ...opts,
      workerDb: { file: dbPath, key: key ?? undefined, nativeBinding: opts.nativeBinding },
      blobs,
      exportsDir: join(opts.dataDir, 'exports'),
      backupDir: backupDirOf(opts.dataDir),
      backup,
    });
  } catch (e) {
    // Start-up reads (search text, deadline projection) can meet the damage before any call does.
    health.stop();
    db.close();
    lock.release();
    if (dbFailureOf(e) === 'DB_CORRUPT') {
      log.error(e, { where: 'open' });
      throw new DbOpenError('DB_CORRUPT', `数据库文件已损坏：${dbPath}`, backups());
    }
    throw e;
  }
  const sessions = createSessionStore();
  const dispatcher = createDispatcher(services, sessions, log, {
    checkOutput: opts.checkOutput ?? false,
  });
  let tick: NodeJS.Timeout | undefined;
  if (opts.scheduledBackups === true) {
    // The first daily backup waits for the start-up check; a damaged file is not copied over good backups.
    // A failure is already logged and shown by the service; this only keeps a surprise from ending the process.
    const daily = () => void backup.runDaily().catch((e: unknown) => log.error(e, { where: 'backup.daily' }));
    void health.whenChecked().then(daily);
    tick = setInterval(daily, HOUR_MS);
    tick.unref();
  }
  let closed = false;
  return {
    dispatcher,
    services,
    db,
    dbPath,
    blobs,
    lockSessions: () => {
      const n = sessions.lockAll();
      if (n > 0) log.info('sessions locked', { count: n });
      return n;
    },
    close: () => {
      if (closed) return;
      closed = true;
      if (tick !== undefined) clearInterval(tick);
      health.stop();
      // A daily or manual copy still in its worker lets go of the file before the file is closed or replaced.
      backup.abandonCopy();
      services.closeSync();
      // A recompute's worker threads hold their own connections to the file: ended before it is closed.
      services.deadlines.close();
      try {
        if (opts.scheduledBackups === true) backup.writeAtExit();
      } catch (e) {
        // The exit backup must never keep the database open or the lock held.
        log.error(e, { where: 'backup.exit' });
      }
      db.close();
      lock.release();
    },
  };
}

/** Backups, newest first. */
export function listBackups(dataDir: string): string[] {
  const dir = backupDirOf(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((f) => join(dir, f));
}

/**
 * Puts a backup in place of the live database (which must be closed); the file it replaces is kept beside it
 * with a timestamp, never deleted.
 */
export function restoreBackup(dataDir: string, backupFile: string, at: Date = new Date()): string {
  const dbPath = join(dataDir, DB_FILE);
  const keptAs = `${dbPath}.replaced-${stampOf(at)}`;
  let target = keptAs;
  for (let n = 2; existsSync(target); n++) target = `${keptAs}-${n}`;
  if (existsSync(dbPath)) renameSync(dbPath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix);
  }
  copyFileSync(backupFile, dbPath);
  makePrivateFile(dbPath);
  rmSync(`${dbPath}-journal`, { force: true });
  prepareBackupDir(backupDirOf(dataDir));
  return target;
}
