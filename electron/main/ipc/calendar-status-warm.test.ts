import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { createArbitrators } from '../../../tests/helpers/ab-fixture';

// The 日历 page asks for the calendar's status with `forImport`: an import there recomputes every open case, so
// the recompute's threads start then, as opening 期限规则 starts them. The shell's banner asks on every page
// without it, and must start nothing; nor does the page for someone who may not import.

let core: TestCore;
let warm: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  core = createTestCore();
  createArbitrators(core, initialize(core), ['李仲裁']);
  warm = vi.spyOn(core.services.deadlines, 'warm');
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown) =>
  core.dispatcher.dispatch(channel, input, { sessionKey: 's1' });
const signIn = (username: string, password: string) => call('auth:signIn', { username, password });

it('the 日历 page starts the recompute’s threads for someone who may import', async () => {
  await signIn('admin', ADMIN_PASSWORD);
  const r = await call('calendar:status', { forImport: true });
  expect(r.ok).toBe(true);
  expect(warm).toHaveBeenCalledTimes(1);
  expect(await warm.mock.results[0]?.value).toBeGreaterThan(0);
});

it('the banner’s call starts nothing', async () => {
  await signIn('admin', ADMIN_PASSWORD);
  expect((await call('calendar:status', {})).ok).toBe(true);
  expect(warm).not.toHaveBeenCalled();
});

it('the page starts nothing for someone who may not import', async () => {
  await signIn('arb0', 'password-123');
  expect((await call('calendar:status', { forImport: true })).ok).toBe(true);
  expect(warm).not.toHaveBeenCalled();
});

it('takes `forImport: true` or nothing', async () => {
  await signIn('admin', ADMIN_PASSWORD);
  for (const input of [{ forImport: false }, { forImport: 'yes' }, { page: 'calendar' }])
    expect(await call('calendar:status', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(warm).not.toHaveBeenCalled();
});
