import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { registerMutation, uid } from '../testing/wire-builders';
import { commitRows } from './rows';

/**
 * A push enters the scope the device's last push ran under before it has read what the scope is now
 * (scope-guess.ts). When an office was added in between, the guess is short of it: the push must still write
 * there under the scope it computed, not be refused by row-level security holding the old one.
 */
describe.each(DB_KINDS)('a push after the device scope changed, on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let auth: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    auth = await enrolDevice(app, 'dev-committee', 'admin');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const push = async (m: WireMutation): Promise<PushResponse> => {
    const r = await app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: auth },
      payload: {
        protocolVersion: 1,
        clientId: 'dev-committee',
        schemaVersion: SUPPORTED_DESKTOP_SCHEMA.max,
        mutations: [m],
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json<PushResponse>();
  };

  it('writes in a station created since the device last pushed', async () => {
    const first = await push(
      registerMutation(1, { caseId: uid('guess-c1'), officeId: COMMITTEE, userId: U.admin }),
    );
    expect(first.results[0]?.outcome, JSON.stringify(first)).toBe('applied');

    const added = uid('office-s9');
    await db.tx((q) =>
      commitRows(
        q,
        [
          {
            entity: 'office',
            id: added,
            officeId: added,
            caseId: null,
            data: {
              id: added,
              officeId: added,
              kind: 'station',
              name: '北街道调解组织',
              shortName: '北街',
              parentId: COMMITTEE,
              createdAt: '2026-01-01T00:00:00.000Z',
            },
            changed: '*',
            deleted: null,
          },
        ],
        { clientId: null, mutationId: null },
      ),
    );
    const second = await push(
      registerMutation(2, { caseId: uid('guess-c2'), officeId: added, userId: U.admin }),
    );
    expect(second.results[0]?.outcome, JSON.stringify(second)).toBe('applied');
  });
});
