import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { STATION, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { pushVia } from '../testing/scope-scenario';
import { uid } from '../testing/wire-builders';

const AT = '2026-11-25T02:00:00.000Z';

/** 登记请假 as a desktop pushes it: the args, and the leave row its planner wrote (possibly tampered with). */
function leaveMutation(
  id: number,
  leaveId: string,
  row: Record<string, unknown>,
  extra: WireMutation['changes'] = [],
) {
  return {
    id,
    name: 'staff.recordLeave',
    version: 1,
    args: { id: leaveId, staffId: U.med1, kind: 'leave', from: '2026-12-01', to: '2026-12-03' },
    bases: [],
    changes: [{ entity: 'leave', id: leaveId, op: 'upsert', created: true, bases: {}, row }, ...extra],
    hlc: `0000000${id}-0000-dev`,
    deviceTime: AT,
    userId: U.med1,
  } satisfies WireMutation;
}

const honestRow = (leaveId: string) => ({
  id: leaveId,
  officeId: STATION,
  staffId: U.med1,
  kind: 'leave',
  fromDate: '2026-12-01',
  toDate: '2026-12-03',
  note: null,
  createdAt: AT,
  createdBy: U.med1,
});

/**
 * One implementation of each mutation (issue 11 item 2): the server re-runs the mutation's shared planner over
 * its own rows and stores what the planner derives from the args — a pushed row is evidence of what the author's
 * desktop did, never the thing stored. Without replanning, the forged values below would be stored.
 */
describe.each(DB_KINDS)('the server replans pushed mutations on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let auth: string;
  let next = 1;
  const push = (m: (id: number) => WireMutation) => pushVia(app, auth, 'dev-replan', [m(next++)]);
  const stored = async (id: string) =>
    (await db.query<{ data: Record<string, unknown> }>('SELECT data FROM entity_rows WHERE id = $1', [id]))
      .rows[0]?.data ?? null;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    auth = await enrolDevice(app, 'dev-replan', 'med1');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('stores the row the planner derives, not forged values in the pushed row', async () => {
    const leaveId = uid('replan-leave-forged');
    const forged = {
      ...honestRow(leaveId),
      fromDate: '2020-01-01',
      toDate: '2030-12-31',
      createdBy: U.admin,
    };
    const r = await push((id) => leaveMutation(id, leaveId, forged));
    expect(r.results[0]?.outcome).toBe('applied');
    expect(await stored(leaveId)).toEqual(honestRow(leaveId));
  });

  it('refuses a push that writes a row the mutation does not write', async () => {
    const leaveId = uid('replan-leave-extra');
    const smuggled = { ...honestRow(uid('replan-leave-smuggled')), fromDate: '2026-01-01' };
    const r = await push((id) =>
      leaveMutation(id, leaveId, honestRow(leaveId), [
        { entity: 'leave', id: String(smuggled.id), op: 'upsert', created: true, bases: {}, row: smuggled },
      ]),
    );
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'inconsistent' });
    expect(await stored(leaveId)).toBeNull();
    expect(await stored(String(smuggled.id))).toBeNull();
  });

  it("answers a planner's refusal with its own Chinese reason", async () => {
    const leaveId = uid('replan-leave-other-person');
    const r = await push((id) => ({
      ...leaveMutation(id, leaveId, honestRow(leaveId)),
      args: { id: leaveId, staffId: U.admin, kind: 'leave', from: '2026-12-01', to: '2026-12-03' },
    }));
    expect(r.results[0]).toMatchObject({
      outcome: 'rejected',
      code: 'rule',
      reason: '只能登记本人的请假、出差或培训',
    });
    expect(await stored(leaveId)).toBeNull();
  });
});
