import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectedMutation, SyncStatus } from '../../../shared/contracts/sync.schema';
import type { Result } from '../../../shared/result';
import { aCase } from '../../../tests/helpers/builders';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/** The sync channels through the real dispatcher over a real SQLite file, with the standalone service. */
const NOW = Date.UTC(2026, 11, 11, 2, 30); // 2026-12-11 10:30 in China, after the builder's dates
let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown, sessionKey = 's1') =>
  core.dispatcher.dispatch(channel, input, { sessionKey });
const signIn = (username = 'admin', password = ADMIN_PASSWORD) => call('auth:signIn', { username, password });
const status = async (): Promise<SyncStatus> => {
  const r = (await call('sync:status', {})) as Result<SyncStatus>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
/** Moves outbox entries to a state as the sync store would after the server's answer. */
const setState = (
  ids: number[],
  state: string,
  outcome: string | null = null,
  lastError: string | null = null,
) => {
  const stmt = core.db.prepare(
    'UPDATE outbox SET state = ?, outcome = ?, last_error = ? WHERE mutation_id = ?',
  );
  for (const id of ids) stmt.run(state, outcome, lastError, id);
};
const outboxIds = () => core.services.repos.outbox.list().map((e) => e.mutationId);
const firstIssue = (r: Result<unknown>) =>
  r.ok ? null : (r.error.details as { issues: { path: string; message: string }[] }).issues[0];

describe('sync channels (standalone)', () => {
  it('require sign-in', async () => {
    for (const channel of ['sync:status', 'sync:now', 'sync:rejected']) {
      expect(await call(channel, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('status counts the undecided and the refused outbox entries, and nothing else', async () => {
    await signIn();
    for (let i = 0; i < 3; i++) {
      const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
      if (!r.ok) throw new Error(r.error.message);
    }
    const ids = outboxIds();
    // Setup and the three registrations: all still waiting for a server.
    expect(ids).toHaveLength(4);
    expect(await status()).toEqual({
      enrolled: false,
      serverUrl: null,
      officeName: null,
      state: 'standalone',
      pending: ids.length,
      rejected: 0,
      lastSyncAt: null,
      error: null,
      referenceVersion: null,
      files: { waiting: 0, failed: 0, reason: null },
    });
    const [a, b, ...rest] = ids as [number, number, ...number[]];
    setState([a], 'rejected', JSON.stringify({ id: a, outcome: 'rejected', reason: '无权操作', code: 'x' }));
    setState([b], 'applied');
    // In flight (push answer lost) and held (server wants a newer app) are still unsynced.
    setState([rest[0] as number], 'in_flight');
    setState([rest[1] as number], 'held');
    expect(await status()).toMatchObject({ pending: ids.length - 2, rejected: 1 });
    expect(await call('sync:now', {})).toMatchObject({ ok: true, value: { pending: ids.length - 2 } });
  });

  it('lists refused entries newest first with the Chinese label and the server reason', async () => {
    await signIn();
    const mine = core.services.repos.outbox.append({
      name: 'future.thing',
      version: 1,
      args: {},
      changes: [],
      userId: admin.id,
      hlc: '0',
      deviceTime: '2026-05-11T02:00:00.000Z',
    });
    const [first] = outboxIds() as [number];
    const name = core.services.repos.outbox.list()[0]?.name as string;
    setState(
      [first],
      'rejected',
      JSON.stringify({
        id: first,
        outcome: 'rejected',
        reason: '该案件不在本机构范围内',
        code: 'out_of_scope',
      }),
    );
    setState([mine], 'rejected', 'not json', '旧版本拒绝');
    const r = (await call('sync:rejected', {})) as Result<RejectedMutation[]>;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toEqual([
      {
        mutationId: mine,
        name: 'future.thing',
        label: 'future.thing',
        at: '2026-05-11T02:00:00.000Z',
        reason: '旧版本拒绝',
        code: '',
      },
      expect.objectContaining({
        mutationId: first,
        name,
        reason: '该案件不在本机构范围内',
        code: 'out_of_scope',
      }),
    ]);
    expect(r.value[1]?.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('validation errors name the field in Chinese', async () => {
    await signIn();
    const bad = await call('sync:enrol', {
      serverUrl: 'ftp://sync.example.cn',
      username: 'admin',
      password: 'x',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(firstIssue(bad)).toMatchObject({ path: 'serverUrl' });
    expect(firstIssue(bad)?.message).toMatch(/^服务器地址：须为以 http:\/\/ 或 https:\/\/ 开头的网址/);
    const withPassword = await call('sync:enrol', {
      serverUrl: 'http://admin:secret@10.0.0.1:8787',
      username: 'admin',
      password: 'x',
    });
    expect(firstIssue(withPassword)?.message).toMatch(/^服务器地址：不能包含用户名、密码/);
    const empty = await call('sync:enrol', { serverUrl: '  ', username: 'admin', password: 'x' });
    expect(firstIssue(empty)?.message).toBe('服务器地址：不能为空');
    const noUser = await call('sync:enrol', {
      serverUrl: 'http://10.0.0.1:8787',
      username: '',
      password: '',
    });
    expect(firstIssue(noUser)?.message).toMatch(/^用户名：/);
    const noConfirm = await call('sync:leave', { confirm: false });
    expect(firstIssue(noConfirm)).toMatchObject({ path: 'confirm', message: '确认：请确认退出中心服务器' });
  });

  it('a desktop set up standalone cannot be merged into a server (its data would be orphaned)', async () => {
    await signIn();
    const r = await call('sync:enrol', {
      serverUrl: 'http://127.0.0.1:9/',
      username: 'station1',
      password: 'p',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!r.ok && r.error.message).toContain('首次启动时选择“连接中心服务器”');
    expect(await status()).toMatchObject({ enrolled: false, state: 'standalone' });
  });

  it('first-start enrolment is refused once the desktop is set up', async () => {
    const r = await call('setup:enrol', {
      serverUrl: 'http://127.0.0.1:9',
      username: 'admin',
      password: 'x',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('leave is refused while changes wait, naming how many, unless forced', async () => {
    await signIn();
    const n = (await status()).pending;
    expect(n).toBeGreaterThan(0);
    const r = await call('sync:leave', { confirm: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { pending: n } } });
    expect(!r.ok && r.error.message).toMatch(new RegExp(`^尚有 ${n} 项未同步`));
    expect(await call('sync:leave', { confirm: true, force: true })).toMatchObject({
      ok: true,
      value: { state: 'standalone', pending: n },
    });
    // Nothing was dropped from the outbox by trying.
    expect(outboxIds()).toHaveLength(n);
    setState(outboxIds(), 'applied');
    expect(await call('sync:leave', { confirm: true })).toMatchObject({ ok: true, value: { pending: 0 } });
  });

  it('only the administrator may enrol or leave', async () => {
    const clerk = core.services.staff.create(
      {
        officeId: admin.officeId as string,
        name: '书记员甲',
        username: 'clerk1',
        password: 'password-1',
        roles: ['clerk'],
      },
      admin,
    );
    if (!clerk.ok) throw new Error(clerk.error.message);
    await signIn('clerk1', 'password-1');
    expect(await call('sync:leave', { confirm: true, force: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有系统管理员可以退出中心服务器' },
    });
    expect(
      await call('sync:enrol', { serverUrl: 'https://sync.example.cn', username: 'clerk1', password: 'p' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有系统管理员可以接入中心服务器' } });
    // Everyone signed in sees the state and the refusals.
    expect((await status()).state).toBe('standalone');
    expect((await call('sync:rejected', {})).ok).toBe(true);
  });
});
