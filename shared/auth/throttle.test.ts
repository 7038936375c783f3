import { describe, expect, it } from 'vitest';
import {
  createThrottle,
  SIGN_IN_THROTTLE,
  throttledMessage,
  waitAfter,
  type ThrottlePolicy,
} from './throttle';

/** The clock is a variable the test moves; nothing sleeps. */
function setup(policy: ThrottlePolicy = SIGN_IN_THROTTLE) {
  const clock = { t: Date.UTC(2026, 0, 5, 1, 0) };
  return { clock, throttle: createThrottle(policy, () => clock.t) };
}

describe('waitAfter', () => {
  it('is free for the first failures, then 1 s, 2 s, 4 s … capped at 60 s', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => waitAfter(n, 3, SIGN_IN_THROTTLE));
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 16000, 32000, 60000]);
    expect(waitAfter(10_000, 3, SIGN_IN_THROTTLE)).toBe(60_000);
  });
});

describe('sign-in throttle', () => {
  it('refuses the fourth attempt of an account for 1 s after three failures, and lets it in after', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 3; i++) {
      expect(throttle.check('zhang')).toEqual({ ok: true });
      throttle.failed('zhang');
    }
    expect(throttle.check('zhang')).toEqual({ ok: true }); // three free failures, no wait yet
    throttle.failed('zhang');
    expect(throttle.check('zhang')).toEqual({ ok: false, waitMs: 1000, scope: 'user' });
    clock.t += 400;
    expect(throttle.check('zhang')).toEqual({ ok: false, waitMs: 600, scope: 'user' });
    clock.t += 600;
    expect(throttle.check('zhang')).toEqual({ ok: true });
    throttle.failed('zhang');
    expect(throttle.check('zhang')).toMatchObject({ ok: false, waitMs: 2000 });
  });

  it('keeps other accounts free, and treats case, width and spaces as the same account', () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) throttle.failed('Zhang');
    expect(throttle.check(' ｚｈａｎｇ ')).toMatchObject({ ok: false, scope: 'user' });
    expect(throttle.check('li')).toEqual({ ok: true });
  });

  it('clears an account on success, and forgets it after the quiet period', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.failed('zhang');
    throttle.succeeded('zhang');
    expect(throttle.check('zhang')).toEqual({ ok: true });
    for (let i = 0; i < 5; i++) throttle.failed('li');
    clock.t += SIGN_IN_THROTTLE.forgetMs;
    expect(throttle.check('li')).toEqual({ ok: true });
    throttle.failed('li');
    expect(throttle.check('li')).toEqual({ ok: true }); // counting starts again: one failure is free
  });

  it('slows guessing across many accounts with the overall budget', () => {
    const { throttle } = setup();
    for (let i = 0; i < SIGN_IN_THROTTLE.freeOverall; i++) throttle.failed(`user${i}`);
    expect(throttle.check('someone-new')).toEqual({ ok: true });
    throttle.failed('user-extra');
    expect(throttle.check('someone-new')).toEqual({ ok: false, waitMs: 1000, scope: 'overall' });
  });

  it('remembers at most maxKeys accounts, forgetting the stalest', () => {
    const { clock, throttle } = setup({ ...SIGN_IN_THROTTLE, maxKeys: 2, freeOverall: 1000 });
    for (const u of ['a', 'b', 'c']) {
      for (let i = 0; i < 4; i++) throttle.failed(u);
      clock.t += 1;
    }
    expect(throttle.check('a')).toEqual({ ok: true });
    expect(throttle.check('c')).toMatchObject({ ok: false });
  });
});

describe('throttledMessage', () => {
  it('says in whole seconds how long to wait, never 0', () => {
    expect(throttledMessage(1000)).toBe('登录失败次数过多，请 1 秒后再试');
    expect(throttledMessage(1)).toBe('登录失败次数过多，请 1 秒后再试');
    expect(throttledMessage(59_001)).toBe('登录失败次数过多，请 60 秒后再试');
  });
});
