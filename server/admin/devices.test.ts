import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { PINNED_NOW, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { listDevices, revokeDevice } from './devices';

describe.each(DB_KINDS)('device revocation on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('lists enrolled devices and refuses a revoked one on its next request', async () => {
    const auth = await enrolDevice(app, 'dev-lost-laptop', 'med1');
    const pull = () =>
      app.inject({
        method: 'GET',
        url: '/sync/pull?clientId=dev-lost-laptop&cursor=0&schemaVersion=9',
        headers: { authorization: auth },
      });
    expect((await pull()).statusCode).toBe(200);
    expect(await listDevices(db, PINNED_NOW)).toEqual([
      expect.objectContaining({ clientId: 'dev-lost-laptop', username: 'med1', activeTokens: 1 }),
    ]);
    expect(await db.tx((q) => revokeDevice(q, 'dev-lost-laptop', PINNED_NOW))).toBe(1);
    expect((await pull()).statusCode).toBe(401);
    expect((await listDevices(db, PINNED_NOW))[0]?.activeTokens).toBe(0);
    const audit = await db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE client_id = 'dev-lost-laptop' ORDER BY id",
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['device.enrol', 'device.revoke']);
  });
});
