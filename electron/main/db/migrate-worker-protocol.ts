import type { DbOpenErrorCode } from './connection';
import type { PackedOnOpen } from './free-pages';
import type { UpgradeProgress } from './upgrade-progress';

/** What the start-up upgrade's worker thread is started with (workerData). */
export type MigrateWorkerData = {
  file: string;
  /** The database key as hex (a Buffer arrives in a worker as a plain Uint8Array); null for a plain file. */
  keyHex: string | null;
  nativeBinding: string | null;
  /** Where the pre-migration backup goes (app-core.ts backupDirOf). */
  backupDir: string;
};

/** A failure as it crosses the thread: a DbOpenError keeps its code, a SQLite error its SQLite code. */
export type MigrateWorkerFailure = {
  message: string;
  dbOpenCode: DbOpenErrorCode | null;
  code: string | null;
};

/**
 * From the worker, in this order: `ready` once its connection is open (before that, a failure means the upgrade
 * never started and the app's thread does it instead), a `step` as each step starts, then `done` or `failed`.
 */
export type MigrateWorkerReply =
  | { type: 'ready' }
  | ({ type: 'step' } & UpgradeProgress)
  | {
      type: 'done';
      from: number;
      to: number;
      backupFile: string | null;
      packed: PackedOnOpen;
      packError: string | null;
    }
  | { type: 'failed'; error: MigrateWorkerFailure };
