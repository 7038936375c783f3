import { join } from 'node:path';
import { backupDirOf, DB_FILE, DbOpenError, keyStoreOf, listBackups, type AppCoreOptions } from './app-core';
import { fileState } from './db/at-rest';
import { migrateInWorker, type MigrateInWorkerResult } from './db/migrate-in-worker';
import { MIGRATIONS } from './db/migrations';
import { acquireOwnerLock, type OwnerLock } from './db/owner-lock';
import { hasWork, pendingUpgrade, type PendingUpgrade } from './db/pending-upgrade';
import type { UpgradeProgress } from './db/upgrade-progress';
import { createConsoleLogger } from './logger';

export type UpgradeOptions = Pick<AppCoreOptions, 'dataDir' | 'nativeBinding' | 'dbKey' | 'logger'> & {
  onProgress: (p: UpgradeProgress) => void;
  /** A built worker script to start (tests of the bundle); by default the one beside this code. */
  workerScript?: string;
};

/** `worker`: upgraded in a worker thread; `none`: nothing to do; `inProcess`: left to the core's own open. */
export type UpgradeOutcome = 'worker' | 'none' | 'inProcess';

/**
 * The start-up upgrade, off the app's thread (a 100k-case file took 95 s to reach migration 0017, before any
 * window): when an existing file has migrations pending or a VACUUM due, a worker thread does them
 * (db/migrate-worker.ts) while `onProgress` hears each step, so the desktop can show its start-up window and the
 * browser host its console lines. The host then opens the core (createAppCore), which finds nothing left to do.
 *
 * Anything this cannot decide or start — a locked, damaged or unreadable file, a missing key, a worker that
 * does not load — is left to createAppCore, which upgrades on its own thread and reports problems as it always
 * has. A migration that fails in the worker rejects with its error (a DbOpenError with the backups to offer);
 * the pre-migration backup stays, and the file stays at the last migration that finished.
 */
export async function upgradeDatabase(opts: UpgradeOptions): Promise<UpgradeOutcome> {
  const log = opts.logger ?? createConsoleLogger();
  const file = join(opts.dataDir, DB_FILE);
  let lock: OwnerLock;
  try {
    // Held while the worker runs: a second app on the same folder is refused, as during any open. (A folder not
    // made yet fails here too: the core makes it and a new database, with nothing to upgrade.)
    lock = acquireOwnerLock(`${file}.owner`, { nativeBinding: opts.nativeBinding });
  } catch {
    return 'inProcess';
  }
  try {
    const state = fileState(file);
    if (state === 'new') return 'none';
    let key: Buffer | null = null;
    let pending: PendingUpgrade;
    try {
      // A plain file (from before encryption) is left to the core, which encrypts it before it migrates: migrated
      // here first, a failing migration would leave it readable by anyone who takes the laptop until an upgrade
      // succeeds. Such files are few (one upgrade each), so they go without the progress window.
      if (state !== 'encrypted') return 'inProcess';
      // Without its key an encrypted file does not read here, and the core says DB_KEY_LOST.
      key = keyStoreOf(opts).load();
      pending = pendingUpgrade(file, MIGRATIONS.length, { key, nativeBinding: opts.nativeBinding });
    } catch {
      return 'inProcess';
    }
    if (!hasWork(pending)) return 'none';
    log.info('database upgrade in a worker', { from: pending.from, to: pending.to, vacuum: pending.vacuum });
    let result: MigrateInWorkerResult;
    try {
      result = await migrateInWorker({
        file,
        key,
        nativeBinding: opts.nativeBinding,
        backupDir: backupDirOf(opts.dataDir),
        onProgress: opts.onProgress,
        ...(opts.workerScript !== undefined ? { script: opts.workerScript } : {}),
      });
    } catch (e) {
      log.error(e, { where: 'open.upgradeWorker' });
      throw e instanceof DbOpenError ? new DbOpenError(e.code, e.message, listBackups(opts.dataDir)) : e;
    }
    if (!result.ran) {
      log.error(result.why, { where: 'open.upgradeWorker.start' });
      return 'inProcess';
    }
    if (result.packError !== null) log.error(new Error(result.packError), { where: 'open.vacuum' });
    log.info('database upgraded', { from: result.from, to: result.to, packed: result.packed });
    return 'worker';
  } finally {
    lock.release();
  }
}
