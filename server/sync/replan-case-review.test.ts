import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, staffRow, syncApp } from '../testing/sync-fixture';
import { acceptMutation, registerMutation, uid } from '../testing/wire-builders';
import { commitRows } from './rows';

// 案件评查 on the server (issue 13 item 3): the re-plan of a pushed 归档 runs the same checklist, so an archive a
// desktop let through without a director's override is refused there too, and so is a clerk's 主任批准放行.

const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;
const AT = '2026-11-25T02:00:00.000Z';
const CLERK = uid('u-review-clerk');

describe.each(DB_KINDS)('replanned 案件评查 on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  const auth: Record<string, string> = {};
  let next = 1;
  const seqs: Record<string, number> = {};

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(q, [staffRow(CLERK, COMMITTEE, 'clerk9', ['clerk'])], { clientId: null, mutationId: null }),
    );
    app = await syncApp(db);
    auth['admin'] = await enrolDevice(app, 'dev-aaaa', 'admin');
    auth['clerk9'] = await enrolDevice(app, 'dev-cccc', 'clerk9');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const push = async (m: WireMutation, who = 'admin', clientId = 'dev-aaaa') => {
    const r = await app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: auth[who] ?? '' },
      payload: {
        protocolVersion: 1,
        clientId,
        schemaVersion: SCHEMA,
        mutations: [{ ...m, id: seqs[clientId] ?? 1 }],
      },
    });
    // Each device numbers its own outbox: the server refuses a gap.
    seqs[clientId] = (seqs[clientId] ?? 1) + 1;
    next += 1;
    expect(r.statusCode, r.body).toBe(200);
    return r.json<PushResponse>().results[0];
  };
  const caseRow = async (id: string) => {
    const r = await db.query<{ data: Record<string, unknown>; row_seq: string }>(
      "SELECT data, row_seq FROM entity_rows WHERE entity = 'case' AND id = $1",
      [id],
    );
    const row = r.rows[0];
    if (row === undefined) throw new Error('case not stored');
    return { caseRow: row.data, caseRowSeq: Number(row.row_seq) };
  };
  const step = (o: {
    caseId: string;
    action: string;
    occurredOn: string;
    payload: Record<string, unknown>;
    userId: string;
    caseFields: Record<string, unknown>;
    c: { caseRow: Record<string, unknown>; caseRowSeq: number };
  }): WireMutation => {
    const eventId = uid(`${o.caseId}-${o.action}-${next}`);
    return {
      id: 0,
      name: 'case.performAction',
      version: 1,
      args: { caseId: o.caseId, action: o.action, occurredOn: o.occurredOn, payload: o.payload, eventId },
      bases: [],
      changes: [
        {
          entity: 'event',
          id: eventId,
          op: 'upsert',
          created: true,
          bases: {},
          row: {
            id: eventId,
            caseId: o.caseId,
            officeId: COMMITTEE,
            type: o.action,
            occurredOn: o.occurredOn,
            recordedAt: AT,
            actorId: o.userId,
            payload: o.payload,
            supersedesEventId: null,
            hlc: `0000000${next}-0000-dev`,
          },
        },
        {
          entity: 'case',
          id: o.caseId,
          op: 'upsert',
          created: false,
          row: { ...o.c.caseRow, ...o.caseFields },
          bases: Object.fromEntries(Object.keys(o.caseFields).map((k) => [k, o.c.caseRowSeq])),
        },
      ],
      hlc: `0000000${next}-0000-dev`,
      deviceTime: AT,
      userId: o.userId,
    };
  };

  /** A committee case accepted and withdrawn on the server: nothing made or served, so 评查 fails. */
  async function withdrawnCase(name: string): Promise<string> {
    const caseId = uid(name);
    const reg = registerMutation(0, { caseId, officeId: COMMITTEE, userId: U.admin, kind: 'arbitration' });
    expect((await push(reg))?.outcome).toBe('applied');
    const accept = acceptMutation(0, {
      userId: U.admin,
      ...(await caseRow(caseId)),
      eventId: uid(`${name}-accept`),
      occurredOn: '2026-11-23',
    });
    expect((await push(accept))?.outcome).toBe('applied');
    const withdrawn = step({
      caseId,
      action: 'arb.withdrawn',
      occurredOn: '2026-11-24',
      payload: { reasons: '申请人撤回' },
      userId: U.admin,
      caseFields: { status: 'closed', outcome: 'arb_withdrawn', closedDate: '2026-11-24' },
      c: await caseRow(caseId),
    });
    expect(await push(withdrawn)).toMatchObject({ outcome: 'applied' });
    return caseId;
  }

  it('refuses a pushed 归档 while 评查 items fail, naming them', async () => {
    const caseId = await withdrawnCase('review-archive');
    const archive = step({
      caseId,
      action: 'case.archived',
      occurredOn: '2026-11-25',
      payload: {},
      userId: U.admin,
      caseFields: { status: 'archived', archivedDate: '2026-11-25' },
      c: await caseRow(caseId),
    });
    const r = await push(archive);
    expect(r).toMatchObject({ outcome: 'rejected', code: 'rule' });
    expect(r && 'reason' in r ? r.reason : '').toMatch(/案件评查未通过，不能归档：必备文书已制作/);
    expect((await caseRow(caseId)).caseRow).toMatchObject({ status: 'closed', archivedDate: null });
  });

  it("refuses a clerk's 主任批准放行", async () => {
    const caseId = await withdrawnCase('review-override');
    const eventId = uid('review-override-event');
    const args = { caseId, items: ['documents'], reason: '卷宗另存', occurredOn: '2026-11-25', eventId };
    const r = await push(
      {
        id: 0,
        name: 'case.reviewOverride',
        version: 1,
        args,
        bases: [],
        changes: [
          {
            entity: 'event',
            id: eventId,
            op: 'upsert',
            created: true,
            bases: {},
            row: {
              id: eventId,
              caseId,
              officeId: COMMITTEE,
              type: 'review.overridden',
              occurredOn: '2026-11-25',
              recordedAt: AT,
              actorId: CLERK,
              payload: { items: ['documents'], reason: '卷宗另存', failures: [] },
              supersedesEventId: null,
              hlc: '00000099-0000-dev',
            },
          },
        ],
        hlc: '00000099-0000-dev',
        deviceTime: AT,
        userId: CLERK,
      },
      'clerk9',
      'dev-cccc',
    );
    expect(r).toMatchObject({ outcome: 'rejected' });
    const stored = await db.query("SELECT 1 FROM entity_rows WHERE entity = 'event' AND id = $1", [eventId]);
    expect(stored.rows).toHaveLength(0);
  });
});
