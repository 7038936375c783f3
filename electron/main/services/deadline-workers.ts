import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CaseRow } from '../db/repositories/case.repo';
import type { ProjectedDeadline } from '../db/repositories/deadline.repo';
import type { DeadlineWorkerReply, DeadlineWorkerRequest } from './deadline-worker-protocol';
import { spawnDeadlineWorker } from './deadline-worker-spawn';

export type DeadlineWorkerOptions = {
  /** The database file and its key: each worker opens its own connection (deadline-worker.ts). */
  file: string;
  key?: Buffer | undefined;
  nativeBinding?: string | undefined;
  /** Worker threads (default: one per core, at most 4; the office PCs this runs on mostly have two). */
  threads?: number;
  /** Fewer open cases than this are recomputed on the app's thread: starting threads would cost more. */
  minCases?: number;
  /** Workers left idle this long are ended (default 30 s); they never keep the process alive meanwhile. */
  idleMs?: number;
  /** Cases per message (default 500); tests pass a few to see many chunks over few cases. */
  chunk?: number;
  /** A built worker script (.cjs) to start instead of the default (the benchmark times the built one). */
  script?: string;
  /** Told when a worker cannot start or dies; its cases are then recomputed on the app's thread. */
  onFailure?: (e: unknown) => void;
};

/** Cases per message: small enough that both threads finish together, large enough for batched reads. */
const CHUNK = 500;
/** Chunks handed to a worker ahead, so it never waits while the app's thread writes the one before. */
const AHEAD = 2;

/** Some open cases, with their kinds in the same order. */
type Chunk = { ids: string[]; kinds: CaseRow['kind'][] };
export type OpenCases = Chunk;

type Slot = {
  worker: Worker;
  released: Int32Array;
  ready: Promise<boolean>;
  /** Its connection is open and it takes chunks (`ready` resolved true). */
  up: boolean;
  gone: boolean;
  /** The chunks sent and not yet answered, oldest first (a worker answers in order). */
  pending: Chunk[];
  onReply: ((r: DeadlineWorkerReply) => void) | null;
  onGone: (() => void) | null;
};

/**
 * The worker threads of a recompute of every open case (issue 14 item 2: 61k open cases in ≤ 2 s on two
 * cores). The app's thread hands out chunks of case ids from one queue, so the threads finish together, and
 * writes what comes back. Threads start on first use and end after `idleMs` without work.
 */
export function createDeadlineWorkers(opts: DeadlineWorkerOptions) {
  const threads = Math.max(1, opts.threads ?? Math.min(4, availableParallelism()));
  const idleMs = opts.idleMs ?? 30_000;
  let slots: Slot[] = [];
  let idle: NodeJS.Timeout | undefined;
  let runs = 0;
  /** Recomputes in progress: a warm() meanwhile must not set the idle timer that would end their threads. */
  let active = 0;

  function start(): Slot | null {
    const released = new Int32Array(new SharedArrayBuffer(4));
    let worker: Worker;
    try {
      worker = spawnDeadlineWorker(opts, released);
    } catch (e) {
      opts.onFailure?.(e);
      return null;
    }
    const slot: Slot = {
      worker,
      released,
      ready: Promise.resolve(false),
      up: false,
      gone: false,
      pending: [],
      onReply: null,
      onGone: null,
    };
    slot.ready = new Promise<boolean>((resolve) => {
      slot.onReply = (r) => {
        slot.up = r.type === 'ready';
        resolve(slot.up);
      };
      slot.onGone = () => resolve(false);
    });
    worker.on('message', (r: DeadlineWorkerReply) => slot.onReply?.(r));
    // Without a listener an error in the thread would end the app; here it only sends its cases back home.
    worker.on('error', (e) => opts.onFailure?.(e));
    worker.on('exit', () => {
      slot.gone = true;
      slot.onGone?.();
    });
    worker.unref();
    return slot;
  }

  /** Starts threads up to `threads` (those running are kept); the live ones. */
  function fill(): Slot[] {
    slots = slots.filter((s) => !s.gone);
    while (slots.length < threads) {
      const s = start();
      if (s === null) break;
      slots.push(s);
    }
    return slots;
  }

  /**
   * Starts the threads ahead of a recompute (a page where rules or the calendar are changed was opened), so
   * that recompute finds them running; kept `holdMs` if no recompute comes. Resolves with how many are ready.
   */
  async function warm(holdMs = idleMs): Promise<number> {
    const live = fill();
    if (active === 0) {
      clearTimeout(idle);
      idle = setTimeout(stop, holdMs);
      idle.unref();
    }
    return (await Promise.all(live.map((s) => s.ready))).filter(Boolean).length;
  }

  function stop(): void {
    clearTimeout(idle);
    for (const s of slots) if (!s.gone) void s.worker.terminate();
    slots = [];
  }

  /**
   * When the app closes: each thread closes its connection before the app closes (or a restore replaces) the
   * file — waiting at most `timeoutMs` for a thread still in a chunk — then ends.
   */
  function close(timeoutMs = 5000): void {
    const open = slots.filter((s) => !s.gone);
    for (const s of open) s.worker.postMessage('close' satisfies DeadlineWorkerRequest);
    const until = Date.now() + timeoutMs;
    for (const s of open) Atomics.wait(s.released, 0, 0, Math.max(0, until - Date.now()));
    stop();
  }

  /**
   * Computes the open cases `first` in the workers as of `today`, then `rest()` — read once the first chunks
   * are on their way, so the threads compute while this thread reads (it returns the remaining open cases). `onChunk` gets each chunk's stale cases on the app's thread.
   * While a thread is still starting, `here` computes chunks on the app's thread (one per turn of its event
   * loop, so replies are still taken between them): the start costs ~0.3 s per thread, and the app's thread,
   * idle otherwise, has its engine warm. Resolves with the ids no worker finished (a thread that could not
   * start or died): the caller recomputes those itself. Rejects only when `onChunk`, `here` or `rest` throws.
   */
  async function run(
    first: OpenCases,
    today: string,
    on: {
      onChunk: (stale: Map<string, ProjectedDeadline[]>, cases: number) => void;
      here?: (ids: string[], kinds: CaseRow['kind'][]) => void;
      rest?: () => OpenCases;
    },
  ): Promise<{ undone: string[] }> {
    const { onChunk, here } = on;
    clearTimeout(idle);
    const id = ++runs;
    fill();
    active++;
    const queue: Chunk[] = [];
    const size = Math.max(1, opts.chunk ?? CHUNK);
    const enqueue = ({ ids, kinds }: OpenCases) => {
      for (let i = 0; i < ids.length; i += size)
        queue.push({ ids: ids.slice(i, i + size), kinds: kinds.slice(i, i + size) });
    };
    enqueue(first);
    let rest = on.rest;
    const undone: string[] = [];
    const live = slots.filter((s) => !s.gone);
    // While a recompute runs its threads keep the process alive: its caller is waiting for them.
    for (const s of live) s.worker.ref();
    try {
      await new Promise<void>((resolve, reject) => {
        let failed = false;
        const settle = () => {
          // Not done while the rest is still to be read, even with every chunk so far answered.
          if (failed || rest !== undefined || live.some((s) => !s.gone && s.pending.length > 0)) return;
          if (queue.length > 0 && live.some((s) => !s.gone)) return;
          for (const c of queue.splice(0)) undone.push(...c.ids);
          resolve();
        };
        const feed = (s: Slot) => {
          while (!s.gone && s.pending.length < AHEAD && queue.length > 0) {
            const c = queue.shift() as Chunk;
            s.pending.push(c);
            s.worker.postMessage({ run: id, today, ...c } satisfies DeadlineWorkerRequest);
          }
        };
        const readRest = () => {
          const read = rest;
          rest = undefined;
          if (read === undefined || failed) return settle();
          try {
            enqueue(read());
          } catch (e) {
            failed = true;
            reject(e instanceof Error ? e : new Error(String(e)));
            return;
          }
          for (const s of live) if (s.up) feed(s);
          settle();
        };
        const help = () => {
          // Only while a thread is starting: once every one takes chunks, this thread stays free for the window.
          if (failed || here === undefined || queue.length === 0) return;
          if (live.every((s) => s.gone || s.up)) return;
          const c = queue.shift() as Chunk;
          try {
            here(c.ids, c.kinds);
          } catch (e) {
            failed = true;
            reject(e instanceof Error ? e : new Error(String(e)));
            return;
          }
          settle();
          setImmediate(help);
        };
        setImmediate(help);
        for (const s of live) {
          s.onGone = () => {
            for (const c of s.pending.splice(0)) undone.push(...c.ids);
            settle();
          };
          void s.ready.then((ok) => {
            if (!ok) {
              if (!s.gone) void s.worker.terminate();
              return;
            }
            s.onReply = (r) => {
              if (r.type === 'ready' || r.run !== id || failed) return;
              const c = s.pending.shift() as Chunk;
              if (r.type === 'failed') {
                opts.onFailure?.(new Error(r.message));
                undone.push(...c.ids);
              } else {
                try {
                  onChunk(new Map(r.stale), c.ids.length);
                } catch (e) {
                  failed = true;
                  reject(e instanceof Error ? e : new Error(String(e)));
                  return;
                }
              }
              feed(s);
              settle();
            };
            feed(s);
            settle();
          });
        }
        // After the running threads' first chunks are sent (their `ready.then` above runs first) and before
        // any reply is taken (a microtask): the threads compute while this thread reads the rest.
        queueMicrotask(readRest);
        settle();
      });
    } catch (e) {
      // Replies still on their way belong to no recompute now: these threads are ended, the next start anew.
      stop();
      throw e;
    } finally {
      active--;
    }
    for (const s of slots) if (!s.gone) s.worker.unref();
    idle = setTimeout(stop, idleMs);
    idle.unref();
    return { undone };
  }

  return {
    run,
    warm,
    close,
    minCases: opts.minCases ?? 2000,
    /**
     * The open cases a recompute reads before it starts its threads (at least `minCases`, so a first page
     * short of it holds every open case, and at least a few chunks, so the threads are busy while it reads on).
     */
    firstPage: Math.max(opts.minCases ?? 2000, 4 * Math.max(1, opts.chunk ?? CHUNK)),
    /** Whether threads are running now (a recompute then need not start them). */
    running: () => slots.some((s) => !s.gone),
  };
}
export type DeadlineWorkers = ReturnType<typeof createDeadlineWorkers>;
