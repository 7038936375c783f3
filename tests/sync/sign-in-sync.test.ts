import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Result } from '../../shared/result';
import { storedParams } from '../../shared/auth/password-hash';
import { nodePasswordHasher } from '../../server/auth/password';
import type { ServerDb } from '../../server/db/types';
import { commitRows } from '../../server/sync/rows';
import { openTestDb } from '../../server/testing/test-db';
import { COMMITTEE, seedOffices, staffRow } from '../../server/testing/sync-fixture';
import { uid } from '../../server/testing/wire-builders';
import { createTestCore, TEST_SCRYPT_PARAMS, type TestCore } from '../helpers/core';
import { listeningSyncServer } from './desktops';

/**
 * The desktop's two sign-in mutations reach the server and pass its re-plan (issue 15 item 4): an account pulled
 * with an old hash is upgraded by its first local sign-in and the server's row gets the new hash; a refused
 * sign-in is accepted there as an entry of the office's audit chain. The server here does not upgrade on its own.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
const CLERK = uid('u-clerk-signin');
const PASSWORD = 'clerk-pass-2026';
/** The server's hash is the cheapest acceptable; the desktop's core wants twice the N. */
const OLD = TEST_SCRYPT_PARAMS;
const NEWER = { ...TEST_SCRYPT_PARAMS, N: TEST_SCRYPT_PARAMS.N * 2 };

describe('sign-in mutations through sync', () => {
  let db: ServerDb;
  let app: FastifyInstance;
  let url: string;
  let core: TestCore;
  const hasher = nodePasswordHasher(OLD);
  const call = async <T>(channel: string, input: unknown): Promise<Result<T>> =>
    (await core.dispatcher.dispatch(channel, input, { sessionKey: 's1' })) as Result<T>;
  const serverHash = async () =>
    (
      await db.query<{ data: { passwordHash: string } }>(
        "SELECT data FROM entity_rows WHERE entity = 'staff' AND id = $1",
        [CLERK],
      )
    ).rows[0]?.data.passwordHash ?? '';
  const outcomes = async (name: string) =>
    (
      await db.query<{ outcome: string; author_id: string }>(
        'SELECT outcome, author_id FROM mutation_outcomes WHERE name = $1 ORDER BY mutation_id',
        [name],
      )
    ).rows;

  beforeAll(async () => {
    db = await openTestDb('pglite');
    await seedOffices(db);
    const row = staffRow(CLERK, COMMITTEE, 'clerk1', ['clerk']);
    await db.tx((q) =>
      commitRows(q, [{ ...row, data: { ...row.data, passwordHash: hasher.hash(PASSWORD) } }], {
        clientId: null,
        mutationId: null,
      }),
    );
    const server = await listeningSyncServer(
      db,
      () => new Date(NOW),
      (pw, s) => hasher.verify(pw, s),
    );
    app = server.app;
    url = server.url;
    core = createTestCore({ now: () => NOW, syncIntervalMs: 200, scryptParams: NEWER });
    const enrolled = await call('setup:enrol', { serverUrl: url, username: 'clerk1', password: PASSWORD });
    if (!enrolled.ok) throw new Error(enrolled.error.message);
  });
  afterAll(async () => {
    core.dispose();
    await app.close();
    await db.close();
  });

  it('pushes the upgraded hash of a local sign-in, and the server stores it', async () => {
    expect(storedParams(await serverHash())).toEqual(OLD);
    expect(core.services.auth.signIn('clerk1', PASSWORD)).toMatchObject({ ok: true, value: { id: CLERK } });
    await expect.poll(async () => storedParams(await serverHash()), { timeout: 10_000 }).toEqual(NEWER);
    expect(await outcomes('staff.upgradePasswordHash')).toEqual([{ outcome: 'applied', author_id: CLERK }]);
    expect(core.services.repos.staff.get(CLERK)?.passwordHash).toBe(await serverHash());
  });

  it('pushes a refused sign-in, which the server accepts into the audit chain', async () => {
    expect(core.services.auth.signIn('clerk1', 'wrong-password')).toMatchObject({ ok: false });
    await expect
      .poll(async () => (await outcomes('staff.recordSignInRefusal')).length, { timeout: 10_000 })
      .toBe(1);
    expect(await outcomes('staff.recordSignInRefusal')).toEqual([{ outcome: 'applied', author_id: CLERK }]);
    const audit = await db.query<{ actor_id: string }>(
      "SELECT actor_id FROM audit_log WHERE action = 'staff.recordSignInRefusal'",
    );
    expect(audit.rows).toEqual([{ actor_id: CLERK }]);
    // Let the loop finish its round: one still running when the database closes (afterAll) would fail.
    await expect
      .poll(
        async () => {
          const s = await call<{ state: string; pending: number }>('sync:status', {});
          return s.ok && s.value.state === 'synced' && s.value.pending === 0;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });
});
