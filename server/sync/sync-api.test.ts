import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PullPage, PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import {
  COMMITTEE,
  OTHER_STATION,
  STATION,
  U,
  enrolDevice,
  seedOffices,
  syncApp,
} from '../testing/sync-fixture';
import { commitRows } from './rows';
import { editMutation, registerMutation, uid } from '../testing/wire-builders';

const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;

describe.each(DB_KINDS)('sync API on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let station: string;
  let other: string;
  let committee: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    station = await enrolDevice(app, 'dev-station-1', 'med1');
    other = await enrolDevice(app, 'dev-station-2', 'med2');
    committee = await enrolDevice(app, 'dev-committee', 'admin');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const push = async (auth: string, clientId: string, mutations: WireMutation[]) =>
    app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: auth },
      payload: { protocolVersion: 1, clientId, schemaVersion: SCHEMA, mutations },
    });
  const pull = async (auth: string, clientId: string, cursor = 0, limit = 1000): Promise<PullPage> => {
    const r = await app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=${clientId}&cursor=${cursor}&limit=${limit}&schemaVersion=${SCHEMA}`,
      headers: { authorization: auth },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const pullAll = async (auth: string, clientId: string, limit = 1000) => {
    const rows: PullPage['rows'] = [];
    let cursor = 0;
    for (;;) {
      const p = await pull(auth, clientId, cursor, limit);
      rows.push(...p.rows);
      cursor = p.cursor;
      if (!p.more) return { rows, cursor, last: p };
    }
  };

  it('refuses requests without a valid device token', async () => {
    const r = await app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=dev-station-1&cursor=0&schemaVersion=${SCHEMA}`,
    });
    expect(r.statusCode).toBe(401);
    const forged = await app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=dev-station-1&cursor=0&schemaVersion=${SCHEMA}`,
      headers: { authorization: 'Bearer ' + 'x'.repeat(43) },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('applies a station registration once, and a resend gets the stored outcome', async () => {
    const m = registerMutation(1, { caseId: uid('case-s1-a'), officeId: STATION, userId: U.med1 });
    const first = await push(station, 'dev-station-1', [m]);
    expect(first.statusCode, first.body).toBe(200);
    const res = first.json<PushResponse>();
    expect(res.results, JSON.stringify(res.results)).toMatchObject([{ id: 1, outcome: 'applied' }]);
    const again = (await push(station, 'dev-station-1', [m])).json<PushResponse>();
    expect(again.results).toEqual(res.results);
    const count = await db.query<{ n: string }>('SELECT count(*) AS n FROM change_log WHERE id = $1', [
      uid('case-s1-a'),
    ]);
    expect(Number(count.rows[0]?.n)).toBe(1);
  });

  it('refuses a gap in mutation ids with the id it expects next', async () => {
    const r = await push(station, 'dev-station-1', [
      registerMutation(5, { caseId: uid('case-gap'), officeId: STATION, userId: U.med1 }),
    ]);
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'out_of_order', expectedNext: 2 } });
  });

  it('rejects writes outside the device scope, records the rejection and keeps the queue moving', async () => {
    const forgedOffice = registerMutation(2, {
      caseId: uid('case-forged'),
      officeId: OTHER_STATION,
      userId: U.med1,
    });
    const smuggled = registerMutation(3, {
      caseId: uid('case-s1-b'),
      officeId: STATION,
      userId: U.med1,
      extra: [
        {
          entity: 'staff',
          id: U.med1,
          op: 'upsert',
          created: false,
          bases: { roles: 1 },
          row: { id: U.med1, roles: ['admin'] },
        },
      ],
    });
    const otherAuthor = registerMutation(4, { caseId: uid('case-s1-c'), officeId: STATION, userId: U.med2 });
    const fine = registerMutation(5, { caseId: uid('case-s1-d'), officeId: STATION, userId: U.med1 });
    const r = (
      await push(station, 'dev-station-1', [forgedOffice, smuggled, otherAuthor, fine])
    ).json<PushResponse>();
    expect(r.results.map((o) => [o.id, o.outcome, o.code])).toEqual([
      [2, 'rejected', 'not_authorized'],
      [3, 'rejected', 'not_authorized'],
      [4, 'rejected', 'not_authorized'],
      [5, 'applied', undefined],
    ]);
    expect(r.lastMutationId).toBe(5);
    const rows = await db.query('SELECT id FROM entity_rows WHERE id = ANY($1::text[])', [
      ['case-forged', 'case-s1-b', 'case-s1-c'].map(uid),
    ]);
    expect(rows.rowCount).toBe(0);
    const staff = await db.query<{ data: { roles: string[] } }>(
      "SELECT data FROM entity_rows WHERE entity = 'staff' AND id = $1",
      [U.med1],
    );
    expect(staff.rows[0]?.data.roles).toEqual(['mediator']);
  });

  it('rejects a device acting under another device id', async () => {
    const r = await push(station, 'dev-station-2', [
      registerMutation(1, { caseId: uid('case-x'), officeId: OTHER_STATION, userId: U.med2 }),
    ]);
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ error: { code: 'client_mismatch' } });
  });

  it('lets each device read only its scope: the station its own cases, the committee its stations', async () => {
    const mine = await pullAll(station, 'dev-station-1');
    const theirs = await pullAll(other, 'dev-station-2');
    const centre = await pullAll(committee, 'dev-committee');
    const cases = (p: { rows: PullPage['rows'] }) =>
      p.rows
        .filter((r) => r.entity === 'case')
        .map((r) => r.id)
        .sort();
    expect(cases(mine)).toEqual([uid('case-s1-a'), uid('case-s1-d')].sort());
    expect(cases(theirs)).toEqual([]);
    expect(cases(centre)).toEqual([uid('case-s1-a'), uid('case-s1-d')].sort());
    // Another station's staff never arrive; the committee's reach a station without their password hashes.
    const staff = mine.rows.filter((r) => r.entity === 'staff');
    expect(staff.map((r) => r.id).sort()).toEqual([U.admin, U.med1].sort());
    expect(staff.find((r) => r.id === U.admin)?.data?.['passwordHash']).toBe('');
    expect(staff.find((r) => r.id === U.med1)?.data?.['passwordHash']).not.toBe('');
    expect(mine.rows.some((r) => r.entity === 'office' && r.id === COMMITTEE)).toBe(true);
    expect(mine.last.lastMutationId).toBe(5);
    expect(mine.last.outcomes.map((o) => o.id)).toEqual([1, 2, 3, 4, 5]);
    expect(mine.last.checkpoint?.checksums).toHaveProperty(STATION);
  });

  it('ends pages on transaction boundaries and never skips or repeats a row', async () => {
    const whole = await pullAll(committee, 'dev-committee');
    for (const limit of [1, 2, 3]) {
      const paged = await pullAll(committee, 'dev-committee', limit);
      expect(paged.rows.map((r) => r.seq)).toEqual(whole.rows.map((r) => r.seq));
      expect(paged.cursor).toBe(whole.cursor);
    }
    // A registration is one transaction: its case, parties, claim and first event arrive on the same page.
    const first = await pull(committee, 'dev-committee', 0, 7);
    const caseIds = new Set(
      first.rows
        .filter((r) => r.entity !== 'office' && r.entity !== 'staff')
        .map((r) => (r.entity === 'case' ? r.id : String(r.data?.['caseId']))),
    );
    for (const id of caseIds)
      expect(first.rows.filter((r) => r.id === id || r.data?.['caseId'] === id).length).toBe(5);
  });

  it('records a concurrent edit of the same field as a conflict', async () => {
    // The committee lets whoever registered a case not yet assigned correct it (a rule it may set: reference §4),
    // so the station's mediator and the committee's director both edit the summary.
    await db.tx((q) =>
      commitRows(
        q,
        [
          {
            entity: 'setting',
            id: 'correction.rules',
            officeId: COMMITTEE,
            caseId: null,
            changed: '*',
            deleted: null,
            data: {
              id: 'correction.rules',
              officeId: COMMITTEE,
              value: {
                correctFacts: ['a', 'registrar', 'director'],
                voidCase: ['a', 'director'],
                restoreCase: ['director'],
                voidEvent: ['a', 'director'],
              },
              updatedAt: '2026-11-25T01:00:00.000Z',
              updatedBy: U.admin,
            },
          },
        ],
        { clientId: null, mutationId: null },
      ),
    );
    const row = await db.query<{ data: Record<string, unknown>; row_seq: string }>(
      'SELECT data, row_seq FROM entity_rows WHERE id = $1',
      [uid('case-s1-a')],
    );
    const base = Number(row.rows[0]?.row_seq);
    const a = editMutation(1, {
      userId: U.admin,
      caseId: uid('case-s1-a'),
      entity: 'case',
      row: { ...row.rows[0]?.data, summary: '委员会改' },
      field: 'summary',
      base,
    });
    expect((await push(committee, 'dev-committee', [a])).json<PushResponse>().results[0]?.outcome).toBe(
      'applied',
    );
    const b = editMutation(6, {
      userId: U.med1,
      caseId: uid('case-s1-a'),
      entity: 'case',
      row: { ...row.rows[0]?.data, summary: '调解组织改' },
      field: 'summary',
      base,
    });
    const res = (await push(station, 'dev-station-1', [b])).json<PushResponse>();
    expect(res.results[0], JSON.stringify(res.results[0])).toMatchObject({
      outcome: 'applied_with_conflict',
      conflicts: ['case.summary'],
    });
    // The value committed first stays; the station's is held in a conflict record every device pulls.
    const stored = await db.query<{ summary: string }>(
      "SELECT data->>'summary' AS summary FROM entity_rows WHERE id = $1",
      [uid('case-s1-a')],
    );
    expect(stored.rows[0]?.summary).toBe('委员会改');
    const c = await db.query<{ data: Record<string, unknown> }>(
      "SELECT data FROM entity_rows WHERE entity = 'conflict' AND data->>'rowId' = $1",
      [uid('case-s1-a')],
    );
    expect(c.rows.map((r) => r.data)).toEqual([
      expect.objectContaining({
        rowEntity: 'case',
        fields: [{ field: 'summary', kept: '委员会改', other: '调解组织改' }],
        keptBy: U.admin,
        keptClient: 'dev-committee',
        otherBy: U.med1,
        otherClient: 'dev-station-1',
        resolvedAt: null,
      }),
    ]);
  });

  it('lets the committee create a station and its staff, and nobody else create offices', async () => {
    const station3 = uid('office-s3');
    const office = (id: number, userId: string, parentId: string): WireMutation => ({
      id,
      name: 'office.create',
      version: 1,
      args: { id: station3, kind: 'station', name: '南街道调解组织', shortName: '南街', parentId },
      bases: [],
      changes: [
        {
          entity: 'office',
          id: station3,
          op: 'upsert',
          created: true,
          bases: {},
          row: {
            id: station3,
            officeId: station3,
            kind: 'station',
            name: '南街道调解组织',
            shortName: '南街',
            parentId,
            createdAt: '2026-11-25T02:00:00.000Z',
          },
        },
      ],
      hlc: `h${id}`,
      deviceTime: '2026-11-25T02:00:00.000Z',
      userId,
    });
    // A station's device (even with a mediator who is not admin) cannot add an office under its committee.
    const byStation = (
      await push(station, 'dev-station-1', [office(7, U.med1, COMMITTEE)])
    ).json<PushResponse>();
    expect(byStation.results[0]).toMatchObject({ outcome: 'rejected', code: 'not_authorized' });
    const byCommittee = (
      await push(committee, 'dev-committee', [office(2, U.admin, COMMITTEE)])
    ).json<PushResponse>();
    expect(byCommittee.results[0]?.outcome, JSON.stringify(byCommittee)).toBe('applied');
    // Re-parenting someone else's office under a forged parent is refused: the parent must be the device's own.
    const forged = (
      await push(committee, 'dev-committee', [
        {
          ...office(3, U.admin, OTHER_STATION),
          args: { id: uid('office-s4'), kind: 'station', name: 'x', shortName: 'x', parentId: OTHER_STATION },
          changes: [
            {
              ...office(3, U.admin, OTHER_STATION).changes[0]!,
              id: uid('office-s4'),
              row: {
                ...office(3, U.admin, OTHER_STATION).changes[0]!.row,
                id: uid('office-s4'),
                officeId: COMMITTEE,
              },
            },
          ],
        },
      ])
    ).json<PushResponse>();
    expect(forged.results[0]).toMatchObject({ outcome: 'rejected', code: 'not_authorized' });
    const centre = await pullAll(committee, 'dev-committee');
    expect(centre.rows.some((r) => r.entity === 'office' && r.id === station3)).toBe(true);
  });
});
