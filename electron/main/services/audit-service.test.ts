import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import type { AuditChainReport } from '../../../shared/contracts/sync.schema';
import { aCase } from '../../../tests/helpers/builders';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

const NOW = Date.UTC(2026, 11, 11, 2, 30);
let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
  if (!r.ok) throw new Error(r.error.message);
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown) =>
  core.dispatcher.dispatch(channel, input, { sessionKey: 's1' });
const signIn = (username: string, password: string) => call('auth:signIn', { username, password });

/** 核对本机审计记录 through the real dispatcher: signed-in administrators and directors only. */
describe('audit:verify', () => {
  it('needs sign-in, refuses a clerk, and reports the chain to the administrator', async () => {
    expect(await call('audit:verify', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const clerk = core.services.staff.create(
      {
        officeId: admin.officeId as string,
        name: '书记员',
        username: 'clerk1',
        password: 'password-123',
        roles: ['clerk'],
      },
      admin,
    );
    if (!clerk.ok) throw new Error(clerk.error.message);
    expect((await signIn('clerk1', 'password-123')).ok).toBe(true);
    expect(await call('audit:verify', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有管理员或主任可以核对审计记录' },
    });
    expect((await signIn('admin', ADMIN_PASSWORD)).ok).toBe(true);
    const r = (await call('audit:verify', {})) as Result<AuditChainReport>;
    expect(r).toMatchObject({ ok: true, value: { unchained: 0, broken: null } });
    expect(r.ok && r.value.entries).toBeGreaterThanOrEqual(2);
  });
});
