import { TransportError, type RoundResult } from './engine';

/**
 * When to sync (docs/sync.md §2.5 "the upload loop runs on a timer as well as on local writes"): a round now and
 * then every `intervalMs`, at once after a poke (a local write, or the server's notice of a change), and after a
 * failure with exponential backoff and jitter. One round at a time; pokes during a round coalesce into one more.
 * Sans-IO: the clock, the timers and the randomness are injected.
 */

export type SyncState =
  'idle' | 'syncing' | 'offline' | 'error' | 'upgrade_required' | 'unauthenticated' | 'stopped';

export type SyncLoopStatus = {
  state: SyncState;
  /** When the last round finished without a failure (ms since the epoch). */
  lastSyncAt: number | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextAttemptAt: number | null;
  lastRound: RoundResult | null;
};

export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type SyncLoopDeps = {
  round: () => Promise<RoundResult>;
  now: () => number;
  random: () => number;
  timers: Timers;
  onStatus?: (s: SyncLoopStatus) => void;
  intervalMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
};

export type SyncLoop = {
  start(): void;
  stop(): void;
  /** Sync soon (coalesced). */
  poke(): void;
  status(): SyncLoopStatus;
  /** Runs one round now and resolves when it ends (the 立即同步 button; tests). */
  runNow(): Promise<SyncLoopStatus>;
};

export function backoffMs(failures: number, random: number, base: number, max: number): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  // Full jitter between half and all of it, so many desktops recovering together do not arrive at once.
  return Math.round(exp * (0.5 + random / 2));
}

export function createSyncLoop(deps: SyncLoopDeps): SyncLoop {
  const interval = deps.intervalMs ?? 30_000;
  const base = deps.baseBackoffMs ?? 2_000;
  const max = deps.maxBackoffMs ?? 5 * 60_000;
  let status: SyncLoopStatus = {
    state: 'stopped',
    lastSyncAt: null,
    lastError: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    lastRound: null,
  };
  let timer: unknown = null;
  let running: Promise<SyncLoopStatus> | null = null;
  let again = false;
  let started = false;

  const set = (patch: Partial<SyncLoopStatus>) => {
    status = { ...status, ...patch };
    deps.onStatus?.(status);
  };
  const schedule = (ms: number) => {
    if (timer !== null) deps.timers.clearTimeout(timer);
    if (!started) return;
    set({ nextAttemptAt: deps.now() + ms });
    timer = deps.timers.setTimeout(() => {
      timer = null;
      void runNow();
    }, ms);
  };

  async function once(): Promise<SyncLoopStatus> {
    set({ state: 'syncing', nextAttemptAt: null });
    try {
      const r = await deps.round();
      if (r.stoppedBy !== null) {
        const state =
          r.stoppedBy === 'upgrade_required'
            ? 'upgrade_required'
            : r.stoppedBy === 'unauthenticated'
              ? 'unauthenticated'
              : 'error';
        set({ state, lastRound: r, lastError: r.stoppedBy, consecutiveFailures: 0 });
        // Nothing changes until a person acts (update, sign in again); look again only at the slow pace.
        schedule(interval * 4);
      } else {
        set({ state: 'idle', lastRound: r, lastSyncAt: deps.now(), lastError: null, consecutiveFailures: 0 });
        schedule(interval);
      }
    } catch (e) {
      const failures = status.consecutiveFailures + 1;
      const offline = e instanceof TransportError;
      set({
        state: offline ? 'offline' : 'error',
        lastError: e instanceof Error ? e.message : String(e),
        consecutiveFailures: failures,
      });
      schedule(backoffMs(failures, deps.random(), base, max));
    }
    return status;
  }

  function runNow(): Promise<SyncLoopStatus> {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      let s = await once();
      while (again) {
        again = false;
        s = await once();
      }
      running = null;
      return s;
    })();
    return running;
  }

  return {
    start() {
      if (started) return;
      started = true;
      set({ state: 'idle' });
      schedule(0);
    },
    stop() {
      started = false;
      if (timer !== null) deps.timers.clearTimeout(timer);
      timer = null;
      set({ state: 'stopped', nextAttemptAt: null });
    },
    poke() {
      if (running !== null) again = true;
      else if (started) schedule(0);
    },
    status: () => status,
    runNow,
  };
}
