import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, clockedTestCore, type TestCore } from '../../../tests/helpers/core';

/**
 * Sign-in on the desktop through the real core: throttled after repeated failures (the clock is a variable the
 * test moves, nothing sleeps), refused before the password is checked, and every refusal in the desktop's log
 * without the password.
 */
let clock: { ms: number };
let core: TestCore;

beforeEach(() => {
  ({ core, clock } = clockedTestCore());
});
afterEach(() => core.dispose());

const signIn = (username: string, password: string) => core.services.auth.signIn(username, password);
const refusals = () =>
  core.logs
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l['message'] === 'sign-in refused');

describe('desktop sign-in', () => {
  it('after three failures makes the account wait 1 s, refusing even the right password until then', () => {
    for (let i = 0; i < 4; i++)
      expect(signIn('admin', `wrong-${i}`)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const held = signIn('admin', ADMIN_PASSWORD);
    expect(held).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED', message: '登录失败次数过多，请 1 秒后再试' },
    });
    clock.ms += 1000;
    expect(signIn('admin', ADMIN_PASSWORD)).toMatchObject({ ok: true });
    // A success clears the count: the next failure is free again.
    signIn('admin', 'wrong-again');
    expect(signIn('admin', ADMIN_PASSWORD)).toMatchObject({ ok: true });
  });

  it('doubles the wait with each further failure', () => {
    for (let i = 0; i < 4; i++) signIn('admin', 'wrong');
    clock.ms += 1000;
    signIn('admin', 'wrong');
    expect(signIn('admin', ADMIN_PASSWORD)).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED', message: '登录失败次数过多，请 2 秒后再试' },
    });
  });

  it('throttles an unknown username like a known one, with the same message for a wrong password', () => {
    const unknown = signIn('nobody', 'whatever');
    const known = signIn('admin', 'whatever');
    if (unknown.ok || known.ok) throw new Error('both must be refused');
    expect(unknown.error).toEqual(known.error);
    for (let i = 0; i < 3; i++) signIn('nobody', 'whatever');
    expect(signIn('nobody', 'whatever')).toMatchObject({ ok: false, error: { code: 'THROTTLED' } });
  });

  it('records each failure and each throttled attempt in the log, with the account but never the password', () => {
    for (let i = 0; i < 4; i++) signIn('admin', 'secret-guess');
    signIn('admin', ADMIN_PASSWORD);
    signIn('nobody', 'secret-guess');
    const logged = refusals();
    expect(logged.map((l) => [l['outcome'], l['username'], l['staffId'] === null])).toEqual([
      ['failed', 'admin', false],
      ['failed', 'admin', false],
      ['failed', 'admin', false],
      ['failed', 'admin', false],
      ['throttled', 'admin', false],
      ['failed', 'nobody', true],
    ]);
    expect(logged[4]?.['waitMs']).toBe(1000);
    expect(logged[0]?.['at']).toBe(new Date(Date.UTC(2026, 10, 25, 2, 0)).toISOString());
    expect(core.logs.join('\n')).not.toContain('secret-guess');
    expect(core.logs.join('\n')).not.toContain(ADMIN_PASSWORD);
  });
});
