import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DbOpenError } from './connection';
import type { PackedOnOpen } from './free-pages';
import type { MigrateWorkerData, MigrateWorkerFailure, MigrateWorkerReply } from './migrate-worker-protocol';
import type { UpgradeProgress } from './upgrade-progress';

export type MigrateInWorkerOptions = {
  file: string;
  key: Buffer | null;
  nativeBinding?: string | undefined;
  backupDir: string;
  onProgress: (p: UpgradeProgress) => void;
  /** A built worker script (.cjs) to start instead of the default (a test starts the built one). */
  script?: string;
};

/**
 * `notStarted`: the worker could not start or open the file before doing anything — the caller upgrades on its
 * own thread as before, which also reports any problem with the file exactly as it always has.
 */
export type MigrateInWorkerResult =
  | {
      ran: true;
      from: number;
      to: number;
      backupFile: string | null;
      packed: PackedOnOpen;
      packError: string | null;
    }
  | { ran: false; why: unknown };

/** A migration that failed in the worker, as the app's thread throws it (a SQLite error keeps its code). */
export class WorkerMigrationError extends Error {
  readonly code: string | null;
  constructor(failure: MigrateWorkerFailure) {
    super(failure.message);
    this.name = 'WorkerMigrationError';
    this.code = failure.code;
  }
}

/**
 * Runs the pending migrations, their backup and the packing of an existing file in a worker thread
 * (migrate-worker.ts), passing its progress on. Resolves once the thread has ended (its connection closed);
 * rejects with the worker's error once the upgrade had begun — a DbOpenError as such, anything else as a
 * WorkerMigrationError — with the pre-migration backup left where migrate() wrote it.
 */
export function migrateInWorker(opts: MigrateInWorkerOptions): Promise<MigrateInWorkerResult> {
  const workerData: MigrateWorkerData = {
    file: opts.file,
    keyHex: opts.key?.toString('hex') ?? null,
    nativeBinding: opts.nativeBinding ?? null,
    backupDir: opts.backupDir,
  };
  let worker: Worker;
  try {
    worker = spawn(workerData, opts.script);
  } catch (e) {
    return Promise.resolve({ ran: false, why: e });
  }
  return new Promise((done, fail) => {
    let ready = false;
    let outcome: (() => void) | null = null;
    worker.on('message', (r: MigrateWorkerReply) => {
      if (r.type === 'ready') ready = true;
      else if (r.type === 'step') {
        const { step, total, title, elapsedMs, backup } = r;
        opts.onProgress({ step, total, title, elapsedMs, backup });
      } else if (r.type === 'done') {
        const { from, to, backupFile, packed, packError } = r;
        outcome = () => done({ ran: true, from, to, backupFile, packed, packError });
      } else if (!ready) outcome = () => done({ ran: false, why: new WorkerMigrationError(r.error) });
      else {
        const e = r.error;
        outcome = () =>
          fail(
            e.dbOpenCode !== null ? new DbOpenError(e.dbOpenCode, e.message) : new WorkerMigrationError(e),
          );
      }
    });
    // Without a listener an error in the thread would end the app.
    let thrown: Error | null = null;
    worker.on('error', (e) => (thrown = e));
    worker.on('exit', (code) => {
      if (outcome !== null) return outcome();
      const why = thrown ?? new Error(`数据库升级线程意外退出（${code}）`);
      // Ended before it began (a script that would not load): the app's thread does the upgrade instead. Ended
      // in the middle: the migration under way was rolled back with its transaction; the file stays as it is.
      if (!ready) done({ ran: false, why });
      else fail(why);
    });
  });
}

/**
 * The worker thread, started as the deadline recompute's is (services/deadline-workers.ts): the built app's
 * sibling bundle (scripts/build.mjs writes dist/main/migrate-worker.cjs beside index.cjs), or in plain Node
 * (tests, scripts, the browser host) the TypeScript source through tsx's loader, registered in the thread first.
 */
function spawn(workerData: MigrateWorkerData, script?: string): Worker {
  const here = import.meta.url;
  const built =
    script ?? (here.endsWith('.cjs') ? fileURLToPath(new URL('./migrate-worker.cjs', here)) : null);
  // A built script needs no loader: not the parent's (tsx's under tsx), which would hook every require in it.
  if (built !== null) return new Worker(resolve(built), { workerData, execArgv: [] });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./migrate-worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
