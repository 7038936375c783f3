import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedParams } from '../../shared/auth/password-hash';
import type { ServerDb } from '../db/types';
import { nodePasswordHasher } from '../auth/password';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { PINNED_NOW, seedOffices, staffRow, STATION } from '../testing/sync-fixture';
import { uid } from '../testing/wire-builders';
import { createNotifier } from './notifier';
import { registerSyncRoutes } from './routes';
import { commitRows } from './rows';

/**
 * Enrolment (the server's sign-in) upgrades a hash written with older parameters (issue 15 item 4): the staff row
 * gets the new hash through the change feed, so desktops pull it, and the office's audit chain says so without the
 * hash. The parameters are small ones (the server's are injected like the desktop's), the old ones smaller still.
 */
const OLD = { N: 2 ** 14, r: 1, p: 1 };
const NEW = { N: 2 ** 15, r: 1, p: 1 };
const PASSWORD = 'old-password-1';
const OLD_STAFF = uid('u-old-hash');

describe.each(DB_KINDS)('hash upgrade at enrolment on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  const hasher = nodePasswordHasher(NEW);
  const oldHash = nodePasswordHasher(OLD).hash(PASSWORD);

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    const row = staffRow(OLD_STAFF, STATION, 'old-clerk', ['clerk']);
    await db.tx((q) =>
      commitRows(q, [{ ...row, data: { ...row.data, passwordHash: oldHash } }], {
        clientId: null,
        mutationId: null,
      }),
    );
    app = Fastify({ logger: false });
    registerSyncRoutes(app, {
      db,
      notifier: createNotifier(),
      verifyPassword: (pw, stored) => hasher.verify(pw, stored),
      rehashPassword: (pw, stored) => (hasher.needsRehash(stored) ? hasher.hash(pw) : null),
      now: () => PINNED_NOW,
      serverSchemaVersion: 1,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const enrol = (password: string) =>
    app.inject({
      method: 'POST',
      url: '/sync/enrol',
      payload: { clientId: 'dev-rehash-1', username: 'old-clerk', password },
    });
  const staff = async () =>
    (
      await db.query<{ data: { passwordHash: string }; row_seq: string }>(
        "SELECT data, row_seq FROM entity_rows WHERE entity = 'staff' AND id = $1",
        [OLD_STAFF],
      )
    ).rows[0];
  const rehashAudits = async () =>
    (
      await db.query<{ actor_id: string; detail: unknown }>(
        "SELECT actor_id, detail FROM audit_log WHERE action = 'signin.rehashed' ORDER BY id",
      )
    ).rows;

  it('leaves the hash alone on a wrong password', async () => {
    expect((await enrol('wrong-password')).statusCode).toBe(401);
    expect((await staff())?.data.passwordHash).toBe(oldHash);
  });

  it('re-writes an old hash with the new parameters through the feed, audited without the hash', async () => {
    const before = await staff();
    expect((await enrol(PASSWORD)).statusCode).toBe(200);
    const after = await staff();
    const upgraded = after?.data.passwordHash ?? '';
    expect(storedParams(upgraded)).toEqual(NEW);
    expect(hasher.verify(PASSWORD, upgraded)).toBe(true);
    expect(Number(after?.row_seq)).toBeGreaterThan(Number(before?.row_seq));
    const audits = await rehashAudits();
    expect(audits).toEqual([{ actor_id: OLD_STAFF, detail: { before: OLD, after: NEW } }]);
    expect(JSON.stringify(audits)).not.toContain('scrypt$');
    // Current now: the next enrolment writes nothing more.
    expect((await enrol(PASSWORD)).statusCode).toBe(200);
    expect((await staff())?.data.passwordHash).toBe(upgraded);
    expect(await rehashAudits()).toHaveLength(1);
  });
});
