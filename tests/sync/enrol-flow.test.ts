import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SyncStatus } from '../../shared/contracts/sync.schema';
import type { Result } from '../../shared/result';
import { hashPassword, verifyPassword } from '../../server/auth/password';
import type { ServerDb } from '../../server/db/types';
import { commitRows } from '../../server/sync/rows';
import { openTestDb } from '../../server/testing/test-db';
import { COMMITTEE, seedOffices, staffRow } from '../../server/testing/sync-fixture';
import { uid } from '../../server/testing/wire-builders';
import { aCase } from '../helpers/builders';
import { createTestCore, type TestCore } from '../helpers/core';
import { listeningSyncServer } from './desktops';

/**
 * The desktop's real sync service through its IPC channels: first start 连接中心服务器 (setup:enrol) with an
 * account that exists only on the server, the background loop carrying a local write up on its own, reference
 * data from the centre, and an expired token that asks to sign in again and loses nothing.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
const CLERK = uid('u-clerk');
const PASSWORD = 'clerk-pass-2026';

describe('a desktop enrolled through its IPC channels', () => {
  let db: ServerDb;
  let app: FastifyInstance;
  let url: string;
  let core: TestCore;
  const call = async <T>(channel: string, input: unknown): Promise<Result<T>> =>
    (await core.dispatcher.dispatch(channel, input, { sessionKey: 's1' })) as Result<T>;
  const status = async () => {
    const r = await call<SyncStatus>('sync:status', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  beforeAll(async () => {
    db = await openTestDb('pglite');
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(
        q,
        [
          {
            ...staffRow(CLERK, COMMITTEE, 'clerk1', ['clerk', 'arbitrator']),
            data: {
              ...staffRow(CLERK, COMMITTEE, 'clerk1', ['clerk']).data,
              roles: ['clerk', 'arbitrator'],
              passwordHash: hashPassword(PASSWORD),
            },
          },
          {
            entity: 'setting',
            id: 'committee.profile',
            officeId: COMMITTEE,
            caseId: null,
            changed: '*',
            deleted: null,
            data: {
              id: 'committee.profile',
              officeId: COMMITTEE,
              value: { shortName: '示劳', address: '示例路 1 号' },
              updatedAt: '2026-11-01T00:00:00.000Z',
              updatedBy: CLERK,
            },
          },
        ],
        { clientId: null, mutationId: null },
      ),
    );
    const server = await listeningSyncServer(db, () => new Date(NOW), verifyPassword);
    app = server.app;
    url = server.url;
    core = createTestCore({ now: () => NOW, syncIntervalMs: 200 });
  });
  afterAll(async () => {
    core.dispose();
    await app.close();
    await db.close();
  });

  it('enrols a fresh desktop, brings its office down and signs the user in with the account just checked', async () => {
    const refused = await call('setup:enrol', {
      serverUrl: url,
      username: 'clerk1',
      password: 'wrong-password',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call('setup:status', {})).toMatchObject({ ok: true, value: { initialized: false } });
    const r = await call<{ id: string }>('setup:enrol', {
      serverUrl: url,
      username: 'clerk1',
      password: PASSWORD,
    });
    expect(r).toMatchObject({ ok: true, value: { id: CLERK } });
    expect(await call('setup:status', {})).toMatchObject({ ok: true, value: { initialized: true } });
    const s = await status();
    expect(s).toMatchObject({
      enrolled: true,
      serverUrl: url,
      state: 'synced',
      officeName: '示例市劳动人事争议仲裁委员会',
    });
    expect(s.referenceVersion).toMatch(/^#\d+$/);
    // Offline sign-in afterwards checks the local copy of the account.
    expect(core.services.auth.signIn('clerk1', PASSWORD)).toMatchObject({ ok: true });
  });

  it('carries a local write up by itself, without 立即同步', async () => {
    const reg = await call<{ id: string }>('cases:register', aCase(COMMITTEE));
    if (!reg.ok) throw new Error(reg.error.message);
    await expect
      .poll(
        async () => (await db.query('SELECT 1 FROM entity_rows WHERE id = $1', [reg.value.id])).rowCount,
        { timeout: 10_000 },
      )
      .toBe(1);
    await expect.poll(async () => (await status()).state, { timeout: 10_000 }).toBe('synced');
  });

  it('asks to sign in again when the token expires, keeps the change made meanwhile and sends it after renewal', async () => {
    await db.query("UPDATE devices SET expires_at = '2026-11-24T00:00:00Z'");
    const reg = await call<{ id: string }>('cases:register', aCase(COMMITTEE));
    if (!reg.ok) throw new Error(reg.error.message);
    await expect.poll(async () => (await status()).state, { timeout: 10_000 }).toBe('signin_required');
    expect((await status()).pending).toBe(1);
    const renewed = await call<SyncStatus>('sync:enrol', {
      serverUrl: url,
      username: 'clerk1',
      password: PASSWORD,
    });
    expect(renewed).toMatchObject({ ok: true, value: { state: 'synced', pending: 0 } });
    expect((await db.query('SELECT 1 FROM entity_rows WHERE id = $1', [reg.value.id])).rowCount).toBe(1);
  });
});
