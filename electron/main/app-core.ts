import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { makeDatabaseFilesPrivate, makePrivateDir, makePrivateFile } from './private-files';
import { join } from 'node:path';
import { DbOpenError, openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { createDispatcher, type Dispatcher } from './ipc/dispatch';
import { createConsoleLogger, type Logger } from './logger';
import { createServices, type AppServices, type ServiceDeps } from './services';
import { createBlobStore } from './blobs/blob-store';
import { createSessionStore } from './services/session-store';

export { DbOpenError };

export type AppCoreOptions = {
  dataDir: string;
  nativeBinding?: string | undefined;
  logger?: Logger;
  /** Check every handler's output against the contract (dev and tests). */
  checkOutput?: boolean;
} & ServiceDeps;

export type AppCore = {
  dispatcher: Dispatcher;
  services: AppServices;
  db: Db;
  dbPath: string;
  close(): void;
};

export const DB_FILE = 'cases.sqlite';
export const backupDirOf = (dataDir: string) => join(dataDir, 'backups');

/** Opens (creating if needed) and migrates the database, then wires services and the dispatcher. */
export function createAppCore(opts: AppCoreOptions): AppCore {
  makePrivateDir(opts.dataDir);
  const dbPath = join(opts.dataDir, DB_FILE);
  makeDatabaseFilesPrivate(dbPath);
  const backups = () => listBackups(opts.dataDir);
  let db: Db;
  try {
    db = openDatabase(dbPath, { nativeBinding: opts.nativeBinding });
  } catch (e) {
    if (e instanceof DbOpenError) throw new DbOpenError(e.code, e.message, backups());
    throw e;
  }
  try {
    migrate(db, MIGRATIONS, { backupDir: backupDirOf(opts.dataDir) });
  } catch (e) {
    db.close();
    if (e instanceof DbOpenError) throw new DbOpenError(e.code, e.message, backups());
    throw e;
  }
  const log = opts.logger ?? createConsoleLogger();
  const blobs = createBlobStore(join(opts.dataDir, 'blobs'));
  const services = createServices(db, {
    ...opts,
    blobs,
    exportsDir: join(opts.dataDir, 'exports'),
    backupDir: backupDirOf(opts.dataDir),
  });
  const dispatcher = createDispatcher(services, createSessionStore(), log, {
    checkOutput: opts.checkOutput ?? false,
  });
  return {
    dispatcher,
    services,
    db,
    dbPath,
    close: () => {
      services.closeSync();
      db.close();
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

/** Puts a backup in place of the live database; the file it replaces is kept beside it, never deleted. */
export function restoreBackup(dataDir: string, backupFile: string): string {
  const dbPath = join(dataDir, DB_FILE);
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const keptAs = `${dbPath}.replaced-${stamp}`;
  if (existsSync(dbPath)) renameSync(dbPath, keptAs);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, keptAs + suffix);
  }
  copyFileSync(backupFile, dbPath);
  makePrivateFile(dbPath);
  rmSync(`${dbPath}-journal`, { force: true });
  return keptAs;
}
