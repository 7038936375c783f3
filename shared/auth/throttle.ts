/**
 * Sign-in throttling (issue 14 item 5, issue 15 item 4): ONE mechanism for the desktop's sign-in and the server's
 * enrolment. After a few free failures per account, each further failure doubles the wait before the next attempt
 * (1 s, 2 s, 4 s … capped); a second, larger budget counts failures over all accounts, so guessing across many
 * usernames is slowed too. A throttled attempt is refused before the password is checked.
 *
 * Pure: the clock is injected, so tests move time by hand. State is in memory: a restart forgets it, which costs
 * an attacker a restart per few guesses on a desktop they already hold, and the server keeps running.
 */
export type ThrottlePolicy = {
  /** Failures per account before any wait. */
  freePerUser: number;
  /** Failures over all accounts (within `forgetMs` of each other) before any wait. */
  freeOverall: number;
  /** The first wait; each further failure doubles it. */
  baseMs: number;
  maxMs: number;
  /** A key whose last failure is this old starts again from zero. */
  forgetMs: number;
  /** At most this many accounts are remembered; the stalest are forgotten first (memory stays bounded). */
  maxKeys: number;
};

export const SIGN_IN_THROTTLE: ThrottlePolicy = {
  freePerUser: 3,
  freeOverall: 20,
  baseMs: 1000,
  maxMs: 60_000,
  forgetMs: 15 * 60_000,
  maxKeys: 10_000,
};

export type ThrottleCheck = { ok: true } | { ok: false; waitMs: number; scope: 'user' | 'overall' };

type Entry = { failures: number; lastAt: number };

/** The wait after `failures` failures with `free` of them free: 0, then base, 2·base, 4·base … up to max. */
export function waitAfter(failures: number, free: number, policy: ThrottlePolicy): number {
  const over = failures - free;
  if (over <= 0) return 0;
  // 2^30 is far above any cap; the exponent is bounded so the number stays finite.
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(over - 1, 30));
}

/** Usernames are compared as typed by anyone: full-width, case and surrounding spaces do not make a new account. */
export const throttleKey = (username: string): string => username.normalize('NFKC').trim().toLowerCase();

export function createThrottle(policy: ThrottlePolicy, now: () => number) {
  const users = new Map<string, Entry>();
  let overall: Entry = { failures: 0, lastAt: 0 };

  const fresh = (e: Entry | undefined, t: number): Entry | undefined =>
    e !== undefined && t - e.lastAt < policy.forgetMs ? e : undefined;
  const remaining = (e: Entry | undefined, free: number, t: number): number =>
    e === undefined ? 0 : Math.max(0, e.lastAt + waitAfter(e.failures, free, policy) - t);

  return {
    /** Whether an attempt for this username may be checked now; if not, how long to wait. */
    check(username: string): ThrottleCheck {
      const t = now();
      const user = remaining(fresh(users.get(throttleKey(username)), t), policy.freePerUser, t);
      const all = remaining(fresh(overall, t), policy.freeOverall, t);
      if (user === 0 && all === 0) return { ok: true };
      return user >= all
        ? { ok: false, waitMs: user, scope: 'user' }
        : { ok: false, waitMs: all, scope: 'overall' };
    },
    /** Records a failed password check (not a throttled refusal: waiting out a lock must not extend it). */
    failed(username: string): void {
      const t = now();
      const key = throttleKey(username);
      const prev = fresh(users.get(key), t);
      users.delete(key); // re-inserted last: Map order is then staleness order
      users.set(key, { failures: (prev?.failures ?? 0) + 1, lastAt: t });
      const o = fresh(overall, t);
      overall = { failures: (o?.failures ?? 0) + 1, lastAt: t };
      for (const stale of users.keys()) {
        if (users.size <= policy.maxKeys) break;
        users.delete(stale);
      }
    },
    /** A correct password clears that account's count; the overall count runs down on its own. */
    succeeded(username: string): void {
      users.delete(throttleKey(username));
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;

/** The refusal the person reads: how long to wait, in whole seconds, never "0 秒". */
export function throttledMessage(waitMs: number): string {
  return `登录失败次数过多，请 ${Math.max(1, Math.ceil(waitMs / 1000))} 秒后再试`;
}
