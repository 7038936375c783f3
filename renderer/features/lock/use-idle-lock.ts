import { useCallback, useEffect, useRef, useState } from 'react';
import { call, onSessionLocked } from '../../api/client';
import { DEFAULT_IDLE_LOCK } from '../../../shared/auth/idle-lock-settings';
import { createIdleTimer, type IdleTimer } from './idle-timer';

/** What counts as someone at the desk. Pointer moves included: reading a long page is work too. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/**
 * How often the window asks main whether its session was locked behind its back (the OS locked the screen or
 * slept: main locks every session, shell/power-lock.ts). Any call refused SESSION_LOCKED shows the lock at once;
 * this and the checks on focus cover a window left untouched.
 */
const CHECK_MS = 30_000;

export type IdleLock = { locked: boolean; unlocked: () => void };

/**
 * The idle lock for the signed-in window (issue 15 item 3): after the committee's idle minutes without activity
 * main is told to lock this session (`auth:lock`) and the lock screen shows; the page underneath stays mounted.
 */
export function useIdleLock(): IdleLock {
  const [locked, setLocked] = useState(false);
  const timer = useRef<IdleTimer | null>(null);

  const lockNow = useCallback(() => {
    setLocked(true);
    // Main refuses everything to a locked session; whether this call arrives or not, the screen is locked.
    void call('auth:lock', {});
  }, []);

  useEffect(() => {
    const t = createIdleTimer({
      timeoutMs: DEFAULT_IDLE_LOCK.idleMinutes * 60_000,
      now: () => Date.now(),
      scheduler: {
        set: (fn, ms) => window.setTimeout(fn, ms),
        clear: (h) => window.clearTimeout(h as number),
      },
      onIdle: lockNow,
    });
    timer.current = t;
    t.start();
    const activity = (): void => t.activity();
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, activity, { capture: true, passive: true });
    const check = async (): Promise<void> => {
      const r = await call('auth:lockState', {});
      if (!r.ok) return;
      t.setTimeoutMs(r.value.idleMinutes * 60_000);
      if (r.value.locked) setLocked(true);
    };
    const checkWhenVisible = (): void => {
      if (document.visibilityState === 'visible') void check();
    };
    void check();
    const poll = window.setInterval(() => void check(), CHECK_MS);
    window.addEventListener('focus', checkWhenVisible);
    document.addEventListener('visibilitychange', checkWhenVisible);
    const stopLocked = onSessionLocked(() => setLocked(true));
    return () => {
      t.stop();
      timer.current = null;
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
      window.clearInterval(poll);
      window.removeEventListener('focus', checkWhenVisible);
      document.removeEventListener('visibilitychange', checkWhenVisible);
      stopLocked();
    };
  }, [lockNow]);

  // The count pauses while locked and starts afresh after unlock.
  useEffect(() => {
    if (locked) timer.current?.stop();
    else timer.current?.start();
  }, [locked]);

  return { locked, unlocked: useCallback(() => setLocked(false), []) };
}
