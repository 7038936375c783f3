/** The two timer functions the idle timer needs; the window's in the app, a fake clock's in tests. */
export type Scheduler = {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

export type IdleTimerOptions = {
  timeoutMs: number;
  now: () => number;
  scheduler: Scheduler;
  onIdle: () => void;
};

export type IdleTimer = {
  /** Starts counting from now (at sign-in and after unlock). */
  start(): void;
  /** A key, click or pointer move: cheap on purpose (no timer is touched), since it runs on every mouse move. */
  activity(): void;
  /** The administrator changed the minutes: the time already idle counts against the new limit. */
  setTimeoutMs(ms: number): void;
  stop(): void;
};

/**
 * The idle lock's clock (issue 15 item 3), pure: the time and the timer are injected. One timer is armed for the
 * moment the limit would be reached; when it fires it compares with the last activity and either reports idle or
 * re-arms for the remainder. Comparing with `now()` rather than counting ticks means a machine that slept (timers
 * paused) locks at once when it wakes if the limit passed meanwhile.
 */
export function createIdleTimer(opts: IdleTimerOptions): IdleTimer {
  let timeoutMs = opts.timeoutMs;
  let last = opts.now();
  let running = false;
  let handle: unknown = null;

  const disarm = (): void => {
    if (handle !== null) opts.scheduler.clear(handle);
    handle = null;
  };
  const arm = (ms: number): void => {
    disarm();
    handle = opts.scheduler.set(check, Math.max(0, ms));
  };
  function check(): void {
    handle = null;
    if (!running) return;
    const idle = opts.now() - last;
    if (idle < timeoutMs) return arm(timeoutMs - idle);
    running = false;
    opts.onIdle();
  }

  return {
    start() {
      last = opts.now();
      running = true;
      arm(timeoutMs);
    },
    activity() {
      last = opts.now();
    },
    setTimeoutMs(ms) {
      timeoutMs = ms;
      if (running) arm(last + ms - opts.now());
    },
    stop() {
      running = false;
      disarm();
    },
  };
}
