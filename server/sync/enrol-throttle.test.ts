import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrottle, SIGN_IN_THROTTLE } from '../../shared/auth/throttle';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { PINNED_NOW, plainVerify, seedOffices, STATION, U } from '../testing/sync-fixture';
import { createNotifier } from './notifier';
import { registerSyncRoutes } from './routes';

/**
 * Enrolment (the server's sign-in) is throttled by the desktop's mechanism (shared/auth/throttle.ts): after three
 * failures the account waits, refused with 429 before the password is checked; failures and throttled attempts
 * of a known account are in its office's audit chain, never with the password. The clock is moved by hand.
 */
describe.each(DB_KINDS)('enrolment throttling on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let clock = PINNED_NOW.getTime();

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = Fastify({ logger: false });
    registerSyncRoutes(app, {
      db,
      notifier: createNotifier(),
      verifyPassword: plainVerify,
      now: () => new Date(clock),
      serverSchemaVersion: 1,
      throttle: createThrottle(SIGN_IN_THROTTLE, () => clock),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const enrol = (username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/sync/enrol',
      payload: { clientId: 'dev-throttle-1', username, password },
    });

  it('refuses the right password with 429 after four failures, and accepts it once the wait is over', async () => {
    for (let i = 0; i < 4; i++) expect((await enrol('med1', 'guess-pw')).statusCode).toBe(401);
    const held = await enrol('med1', 'pw-med1');
    expect(held.statusCode).toBe(429);
    expect(held.json()).toEqual({
      ok: false,
      error: { code: 'throttled', message: '登录失败次数过多，请 1 秒后再试' },
    });
    clock += 1000;
    expect((await enrol('med1', 'pw-med1')).statusCode).toBe(200);
  });

  it("keeps the failures and the throttled attempt in the office's audit chain, without the password", async () => {
    const r = await db.query<{ action: string; actor_id: string | null; detail: unknown }>(
      'SELECT action, actor_id, detail FROM audit_log WHERE office_id = $1 ORDER BY id',
      [STATION],
    );
    const mine = r.rows.filter((x) => x.actor_id === U.med1).map((x) => x.action);
    expect(mine).toEqual([
      'signin.failed',
      'signin.failed',
      'signin.failed',
      'signin.failed',
      'signin.throttled',
      'device.enrol',
    ]);
    expect(JSON.stringify(r.rows)).not.toContain('guess-pw');
  });

  it('answers an unknown username like a wrong password, and throttles it the same way', async () => {
    const unknown = await enrol('nobody', 'guess-pw');
    const known = await enrol('med2', 'guess-pw');
    expect([unknown.statusCode, known.statusCode]).toEqual([401, 401]);
    expect(unknown.json()).toEqual(known.json());
    for (let i = 0; i < 3; i++) await enrol('nobody', 'guess-pw');
    expect((await enrol('nobody', 'guess-pw')).statusCode).toBe(429);
  });
});
