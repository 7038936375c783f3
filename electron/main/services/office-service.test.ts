import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Office } from '../../../shared/domain/office/office.schema';
import type { Result } from '../../../shared/result';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/** offices:create through the real dispatcher and mutation runner over a real SQLite file. */
const NOW = Date.UTC(2026, 10, 25, 2, 0); // 2026-11-25 10:00 in China
let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown, sessionKey = 's1') =>
  core.dispatcher.dispatch(channel, input, { sessionKey });
const signIn = (username = 'admin', password = ADMIN_PASSWORD, sessionKey = 's1') =>
  call('auth:signIn', { username, password }, sessionKey);
const issues = (r: Result<unknown>) =>
  r.ok ? [] : ((r.error.details as { issues?: { path: string; message: string }[] }).issues ?? []);
const STATION = { name: '东街道劳动争议调解委员会', shortName: '东街道' };

async function createUser(username: string, roles: string[], officeId = admin.officeId): Promise<void> {
  const r = await call('staff:create', {
    officeId,
    name: username,
    username,
    password: 'password-123',
    roles,
  });
  if (!r.ok) throw new Error(r.error.message);
}

describe('offices:create', () => {
  it('creates a station under the administrator’s committee, recorded for sync', async () => {
    await signIn();
    const before = core.services.repos.outbox.countByState().pending;
    const r = (await call('offices:create', STATION)) as Result<{ id: string }>;
    if (!r.ok) throw new Error(r.error.message);
    const offices = (await call('offices:list', {})) as Result<Office[]>;
    expect(offices.ok && offices.value.find((o) => o.id === r.value.id)).toEqual({
      id: r.value.id,
      kind: 'station',
      ...STATION,
      parentId: admin.officeId,
    });
    expect(core.services.repos.outbox.countByState().pending).toBe(before + 1);
    expect(core.services.repos.outbox.list().at(-1)).toMatchObject({ name: 'office.create' });
  });

  it('names the field in Chinese when it is missing or too long, and takes no parent or kind', async () => {
    await signIn();
    const empty = await call('offices:create', { name: '  ', shortName: '东街道' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(issues(empty)).toEqual([
      expect.objectContaining({ path: 'name', message: '名称/姓名：不能为空' }),
    ]);
    const long = await call('offices:create', { name: '东街道', shortName: '东'.repeat(21) });
    expect(issues(long)).toEqual([
      expect.objectContaining({ path: 'shortName', message: '简称：不能超过 20 个字符' }),
    ]);
    const parent = await call('offices:create', { ...STATION, parentId: admin.officeId });
    expect(parent).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a name already used by another office, naming the field', async () => {
    await signIn();
    expect((await call('offices:create', STATION)).ok).toBe(true);
    const again = await call('offices:create', { ...STATION, shortName: '东' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(issues(again)).toEqual([expect.objectContaining({ path: 'name' })]);
  });

  it('is the administrator’s: a clerk is FORBIDDEN and nothing is written', async () => {
    await signIn();
    await createUser('clerk1', ['clerk']);
    await signIn('clerk1', 'password-123', 's2');
    const before = core.services.repos.offices.count();
    const r = await call('offices:create', STATION, 's2');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.services.repos.offices.count()).toBe(before);
  });

  it('refuses an administrator of a station: stations are created by their committee', async () => {
    await signIn();
    const station = (await call('offices:create', STATION)) as Result<{ id: string }>;
    if (!station.ok) throw new Error(station.error.message);
    await createUser('stationadmin', ['admin'], station.value.id);
    await signIn('stationadmin', 'password-123', 's3');
    const r = await call('offices:create', { name: '西街道调解委员会', shortName: '西街道' }, 's3');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('requires sign-in', async () => {
    expect(await call('offices:create', STATION)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
