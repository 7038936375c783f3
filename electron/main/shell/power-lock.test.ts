import type { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';

// Only 'electron' is replaced: powerMonitor is an EventEmitter the test fires; the core is the real one.
const h = vi.hoisted(() => ({ power: null as EventEmitter | null }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  h.power = new Emitter();
  return { powerMonitor: h.power };
});

const { installPowerLock } = await import('./power-lock');

let core: TestCore;
beforeEach(() => {
  core = createTestCore();
  initialize(core);
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown) =>
  core.dispatcher.dispatch(channel, input, { sessionKey: 'wc:1' });
const power = (): EventEmitter => {
  if (h.power === null) throw new Error('electron mock not loaded');
  return h.power;
};

describe('powerMonitor → lock (electron mocked)', () => {
  it.each(['lock-screen', 'suspend'])(
    'locks the signed-in window on %s until the password is typed',
    async (event) => {
      await call('auth:signIn', { username: 'admin', password: ADMIN_PASSWORD });
      const remove = installPowerLock(() => core.lockSessions());
      expect((await call('cases:list', {})).ok).toBe(true);
      power().emit(event);
      expect(await call('cases:list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
      expect((await call('auth:unlock', { password: ADMIN_PASSWORD })).ok).toBe(true);
      expect((await call('cases:list', {})).ok).toBe(true);
      remove();
      expect(power().listenerCount(event)).toBe(0);
    },
  );

  it('ignores other power events', async () => {
    await call('auth:signIn', { username: 'admin', password: ADMIN_PASSWORD });
    const remove = installPowerLock(() => core.lockSessions());
    power().emit('resume');
    power().emit('unlock-screen');
    expect((await call('cases:list', {})).ok).toBe(true);
    remove();
  });
});
