import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/contracts/channels';
import { ADMIN_PASSWORD, clockedTestCore, type TestCore } from '../../../tests/helpers/core';
import { WHILE_LOCKED_CHANNELS } from './types';

/**
 * The idle lock in the core (issue 15 item 3), through the real dispatcher over a real SQLite file: a locked
 * session is refused every data channel until its user's password is typed again, with the sign-in throttle and
 * the sign-in refusal records.
 */
let clock: { ms: number };
let core: TestCore;
beforeEach(() => {
  ({ core, clock } = clockedTestCore());
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown, sessionKey = 's1') =>
  core.dispatcher.dispatch(channel, input, { sessionKey });
const signIn = (sessionKey = 's1') =>
  call('auth:signIn', { username: 'admin', password: ADMIN_PASSWORD }, sessionKey);
const LOCKED = { ok: false, error: { code: 'SESSION_LOCKED' } };

describe('session lock', () => {
  it('refuses a data channel while locked and serves it again after unlock', async () => {
    await signIn();
    expect((await call('cases:list', {})).ok).toBe(true);
    expect(await call('auth:lock', {})).toEqual({ ok: true, value: { locked: true } });
    expect(await call('cases:list', {})).toMatchObject(LOCKED);
    expect(await call('auth:lockState', {})).toEqual({ ok: true, value: { locked: true, idleMinutes: 10 } });
    const wrong = await call('auth:unlock', { password: 'not-the-password' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '密码：密码不正确' } });
    expect(await call('cases:list', {})).toMatchObject(LOCKED);
    const unlocked = await call('auth:unlock', { password: ADMIN_PASSWORD });
    expect(unlocked).toMatchObject({ ok: true, value: { username: 'admin' } });
    expect((await call('cases:list', {})).ok).toBe(true);
    expect(await call('auth:lockState', {})).toMatchObject({ ok: true, value: { locked: false } });
  });

  it('refuses every channel but unlock, sign-out, lock and lock state, even public ones', async () => {
    await signIn();
    await call('auth:lock', {});
    for (const channel of CHANNELS) {
      if (WHILE_LOCKED_CHANNELS.includes(channel)) continue;
      expect(await call(channel, {}), channel).toMatchObject(LOCKED);
    }
  });

  it('locks one window only; the OS lock (lockSessions) locks them all', async () => {
    await signIn('s1');
    await signIn('s2');
    await call('auth:lock', {}, 's1');
    expect(await call('cases:list', {}, 's1')).toMatchObject(LOCKED);
    expect((await call('cases:list', {}, 's2')).ok).toBe(true);
    expect(core.lockSessions()).toBe(2);
    expect(await call('cases:list', {}, 's2')).toMatchObject(LOCKED);
  });

  it('lets a locked session sign out, and a fresh sign-in is unlocked', async () => {
    await signIn();
    await call('auth:lock', {});
    expect(await call('auth:signOut', {})).toEqual({ ok: true, value: { signedOut: true } });
    expect(await call('cases:list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await signIn();
    expect((await call('cases:list', {})).ok).toBe(true);
  });

  it('throttles unlock like sign-in, sharing the count, and records refusals without the password', async () => {
    await signIn();
    await call('auth:lock', {});
    for (let i = 0; i < 2; i++) await call('auth:unlock', { password: 'secret-guess' });
    // The third failure on the sign-in screen counts against the same account.
    await call('auth:signIn', { username: 'admin', password: 'secret-guess' }, 's2');
    await call('auth:unlock', { password: 'secret-guess' });
    expect(await call('auth:unlock', { password: ADMIN_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED', message: '登录失败次数过多，请 1 秒后再试' },
    });
    expect(await call('cases:list', {})).toMatchObject(LOCKED);
    clock.ms += 1000;
    expect((await call('auth:unlock', { password: ADMIN_PASSWORD })).ok).toBe(true);
    const logged = core.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l['message'] === 'unlock refused');
    expect(logged.map((l) => [l['action'], l['outcome'], l['username']])).toEqual([
      ['unlock', 'failed', 'admin'],
      ['unlock', 'failed', 'admin'],
      ['unlock', 'failed', 'admin'],
      ['unlock', 'throttled', 'admin'],
    ]);
    expect(core.logs.join('\n')).not.toContain('secret-guess');
    expect(core.logs.join('\n')).not.toContain(ADMIN_PASSWORD);
  });

  it('keeps the idle minutes as a committee setting only an administrator changes', async () => {
    await signIn();
    expect(await call('idleLock:set', { idleMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '空闲锁定时间：空闲锁定时间至少 1 分钟' },
    });
    expect(await call('idleLock:set', { idleMinutes: 3 })).toEqual({ ok: true, value: { saved: true } });
    expect(await call('auth:lockState', {})).toEqual({ ok: true, value: { locked: false, idleMinutes: 3 } });
    // Nobody signed in: the lock screen's question still has an answer (and says nothing is locked).
    expect(await call('auth:lockState', {}, 's9')).toEqual({
      ok: true,
      value: { locked: false, idleMinutes: 3 },
    });
  });
});
