import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RowChange } from '../../shared/sync/changes';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { registerMutation, uid } from '../testing/wire-builders';

const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;
const AT = '2026-11-25T02:00:00.000Z';
const CASE = uid('case-correct-replan');
const P1 = uid(`${CASE}-p1`);
const P2 = uid(`${CASE}-p2`);
const C1 = uid(`${CASE}-c1`);

/**
 * 更正案件信息 is re-planned on the server (issue 11 item 2): what it stores is what the shared planner derives
 * from the pushed args and the server's own rows, and a push whose rows go beyond that plan is refused.
 */
describe.each(DB_KINDS)('case.correct re-planned on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let committee: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    committee = await enrolDevice(app, 'dev-committee', 'admin');
    const reg = registerMutation(1, {
      caseId: CASE,
      officeId: COMMITTEE,
      userId: U.admin,
      kind: 'arbitration',
    });
    expect((await push([reg])).results).toMatchObject([{ id: 1, outcome: 'applied' }]);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function push(mutations: WireMutation[]): Promise<PushResponse> {
    const r = await app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: committee },
      payload: { protocolVersion: 1, clientId: 'dev-committee', schemaVersion: SCHEMA, mutations },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json<PushResponse>();
  }

  async function stored(id: string): Promise<{ data: Record<string, unknown>; seq: number }> {
    const r = await db.query<{ data: Record<string, unknown>; row_seq: string }>(
      'SELECT data, row_seq FROM entity_rows WHERE id = $1',
      [id],
    );
    const row = r.rows[0];
    if (row === undefined) throw new Error(`no row ${id}`);
    return { data: row.data, seq: Number(row.row_seq) };
  }

  /**
   * A correction renaming the applicant to `name` in its args, pushed with the rows a desktop would capture —
   * except that the party row carries `rowFields` (the forgery) and `extra` changes are added.
   */
  async function correction(
    id: number,
    name: string,
    rowFields: Record<string, unknown>,
    extra: RowChange[] = [],
  ): Promise<WireMutation> {
    const party = await stored(P1);
    const theCase = await stored(CASE);
    const eventId = uid(`${CASE}-corrected-${id}`);
    return {
      id,
      name: 'case.correct',
      version: 1,
      args: {
        caseId: CASE,
        facts: {
          officeId: COMMITTEE,
          receivedDate: '2026-11-20',
          reasons: ['overtime'],
          isCollective: false,
          isMigrantWage: false,
          parties: [
            { id: P1, kind: 'worker', role: 'applicant', name, idNumber: '11010519491231002X' },
            {
              id: P2,
              kind: 'employer',
              role: 'respondent',
              name: '某某公司',
              creditCode: '91350100M000100Y43',
            },
          ],
          claims: [{ id: C1, type: 'overtime', description: '支付加班费', amountFen: 100_00 }],
        },
        reason: '姓名录入错误',
        correctionEventId: eventId,
        receiptEventId: uid(`${CASE}-receipt-${id}`),
      },
      bases: [],
      changes: [
        {
          entity: 'case',
          id: CASE,
          op: 'upsert',
          created: false,
          row: { ...theCase.data, updatedAt: AT },
          bases: { updatedAt: theCase.seq },
        },
        {
          entity: 'party',
          id: P1,
          op: 'upsert',
          created: false,
          row: { ...party.data, ...rowFields },
          bases: Object.fromEntries(Object.keys(rowFields).map((f) => [f, party.seq])),
        },
        {
          entity: 'event',
          id: eventId,
          op: 'upsert',
          created: true,
          bases: {},
          row: {
            id: eventId,
            caseId: CASE,
            officeId: COMMITTEE,
            type: 'case.corrected',
            occurredOn: '2026-11-25',
            recordedAt: AT,
            actorId: U.admin,
            payload: { reason: '姓名录入错误', changes: [] },
            supersedesEventId: null,
            hlc: `0000000${id}-0000-dev`,
          },
        },
        ...extra,
      ],
      hlc: `0000000${id}-0000-dev`,
      deviceTime: AT,
      userId: U.admin,
    };
  }

  it('stores the party and the record the planner derives from the args, not the pushed rows', async () => {
    const forged = await correction(2, '张三丰', { name: '李四' });
    expect((await push([forged])).results).toMatchObject([{ id: 2, outcome: 'applied' }]);
    expect((await stored(P1)).data['name']).toBe('张三丰');
    const event = await stored(uid(`${CASE}-corrected-2`));
    // The record is the planner's too (the builder's registration left out the sex and birth date the ID number
    // gives, so the correction fills those in as well).
    expect(event.data['payload']).toMatchObject({
      reason: '姓名录入错误',
      changes: expect.arrayContaining([
        { field: `parties.${P1}.name`, label: '当事人 张三 · 姓名/名称', before: '张三', after: '张三丰' },
      ]) as unknown,
    });
  });

  it('refuses a push that writes a field or a row the correction does not', async () => {
    const extraField = await correction(3, '张小三', { name: '张小三', phone: '13800000000' });
    const claim = await stored(C1);
    const extraRow = await correction(4, '张小三', { name: '张小三' }, [
      {
        entity: 'claim',
        id: C1,
        op: 'upsert',
        created: false,
        row: { ...claim.data, amountFen: 9_999_999_00 },
        bases: { amountFen: claim.seq },
      },
    ]);
    const r = await push([extraField, extraRow]);
    expect(r.results.map((o) => [o.id, o.outcome, o.code])).toEqual([
      [3, 'rejected', 'inconsistent'],
      [4, 'rejected', 'inconsistent'],
    ]);
    expect((await stored(P1)).data).toMatchObject({ name: '张三丰', phone: null });
    expect((await stored(C1)).data['amountFen']).toBe(100_00);
  });
});
