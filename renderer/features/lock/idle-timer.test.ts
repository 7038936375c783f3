import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, type IdleTimer } from './idle-timer';

const MIN = 60_000;

/** vitest's fake time drives both the clock and the timers, so nothing waits for real. */
let idle: ReturnType<typeof vi.fn<() => void>>;
let timer: IdleTimer;
beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 10, 25, 2, 0) });
  idle = vi.fn<() => void>();
  timer = createIdleTimer({
    timeoutMs: 10 * MIN,
    now: () => Date.now(),
    scheduler: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) },
    onIdle: idle,
  });
});
afterEach(() => {
  timer.stop();
  vi.useRealTimers();
});

describe('idle timer', () => {
  it('reports idle once the limit passes without activity, and only once', () => {
    timer.start();
    vi.advanceTimersByTime(10 * MIN - 1);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MIN);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('counts from the last activity', () => {
    timer.start();
    vi.advanceTimersByTime(9 * MIN);
    timer.activity();
    vi.advanceTimersByTime(9 * MIN);
    expect(idle).not.toHaveBeenCalled();
    timer.activity();
    vi.advanceTimersByTime(10 * MIN - 1);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('starts again after unlock (start) and stays quiet while stopped', () => {
    timer.start();
    vi.advanceTimersByTime(10 * MIN);
    expect(idle).toHaveBeenCalledTimes(1);
    timer.activity(); // typing on the lock screen does not restart the count
    vi.advanceTimersByTime(30 * MIN);
    expect(idle).toHaveBeenCalledTimes(1);
    timer.start();
    vi.advanceTimersByTime(10 * MIN);
    expect(idle).toHaveBeenCalledTimes(2);
    timer.start();
    timer.stop();
    vi.advanceTimersByTime(30 * MIN);
    expect(idle).toHaveBeenCalledTimes(2);
  });

  it('applies a new limit to the time already idle', () => {
    timer.start();
    vi.advanceTimersByTime(4 * MIN);
    timer.setTimeoutMs(5 * MIN);
    vi.advanceTimersByTime(MIN - 1);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);
    // Lowered below the time already idle: idle at once.
    timer.start();
    vi.advanceTimersByTime(3 * MIN);
    timer.setTimeoutMs(2 * MIN);
    vi.advanceTimersByTime(0);
    expect(idle).toHaveBeenCalledTimes(2);
  });

  it('locks at once after the machine slept past the limit (the clock jumps, the timer fires late)', () => {
    timer.start();
    vi.advanceTimersByTime(MIN);
    // Asleep: the clock moves 2 hours but no timer ran; the first tick after waking decides.
    vi.setSystemTime(Date.now() + 120 * MIN);
    vi.advanceTimersByTime(9 * MIN);
    expect(idle).toHaveBeenCalledTimes(1);
  });
});
