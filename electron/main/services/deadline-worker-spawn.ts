import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeadlineWorkerData } from './deadline-worker-protocol';

/**
 * A thread's young generation: 96 MB, i.e. 32 MB semi-spaces (V8 sizes it as three semi-spaces) instead of
 * Node's 16 MB. A chunk makes a few short-lived objects per event and per deadline; with the default, a
 * single-thread pass over 61k open cases ran 96 scavenges (≈ 600 ms of pauses), with this 50 (≈ 390 ms). Only
 * what is used is committed; the threads end after `idleMs`.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 96 };

/** What starting a thread needs of the pool's options (deadline-workers.ts). */
export type WorkerStart = {
  file: string;
  key?: Buffer | undefined;
  nativeBinding?: string | undefined;
  script?: string | undefined;
};

/**
 * The worker thread: the built app's sibling bundle (scripts/build.mjs writes dist/main/deadline-worker.cjs
 * beside index.cjs; Electron loads worker scripts from inside the asar), or in plain Node (tests, scripts,
 * the browser host) the TypeScript source through tsx's loader, registered in the thread before it is imported.
 */
export function spawnDeadlineWorker(opts: WorkerStart, released: Int32Array): Worker {
  const workerData: DeadlineWorkerData = {
    file: opts.file,
    keyHex: opts.key?.toString('hex') ?? null,
    nativeBinding: opts.nativeBinding ?? null,
    released,
  };
  const here = import.meta.url;
  const script =
    opts.script ?? (here.endsWith('.cjs') ? fileURLToPath(new URL('./deadline-worker.cjs', here)) : null);
  // Worker takes an absolute path or one starting with ./ (not relative to the working folder otherwise).
  // A built script needs no loader: not the parent's (tsx's under tsx), which would hook every require in it.
  if (script !== null) return new Worker(resolve(script), { workerData, execArgv: [], resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./deadline-worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
