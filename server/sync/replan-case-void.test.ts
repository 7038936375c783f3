import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RowChange } from '../../shared/sync/changes';
import type { WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { pushVia } from '../testing/scope-scenario';
import { uid } from '../testing/wire-builders';
import { commitRows } from './rows';

const AT = '2026-11-25T02:00:00.000Z';
const TODAY = '2026-11-25';

/** A registered committee case nobody has voided, as the server holds it. */
const caseRow = (caseId: string) => ({
  id: caseId,
  officeId: COMMITTEE,
  kind: 'arbitration',
  provisionalNo: `PROV-${caseId}`,
  officialNo: null,
  status: 'received',
  receivedDate: '2026-11-20',
  acceptedDate: null,
  closedDate: null,
  archivedDate: null,
  outcome: null,
  reasons: ['overtime'],
  isCollective: false,
  workerCount: null,
  isMigrantWage: false,
  isSimple: false,
  summary: '原摘要',
  linkedCaseId: null,
  handlerId: null,
  bHandlerId: null,
  clerkId: null,
  limitation: null,
  voidedAt: null,
  voidedBy: null,
  voidReason: null,
  createdAt: '2026-11-20T02:00:00.000Z',
  createdBy: U.admin,
  updatedAt: '2026-11-20T02:00:00.000Z',
});

/** The informational event case.void appends, as the author's desktop wrote it. */
const voidedEvent = (
  caseId: string,
  eventId: string,
  id: number,
  reason: string,
  grounds: string = 'duplicate',
) => ({
  id: eventId,
  caseId,
  officeId: COMMITTEE,
  type: 'case.voided',
  occurredOn: TODAY,
  recordedAt: AT,
  actorId: U.admin,
  payload: { reason, grounds },
  supersedesEventId: null,
  hlc: `0000000${id}-0000-dev`,
});

/**
 * 作废案件 as a desktop pushes it: the args, the case row's void fields and the event (possibly tampered with).
 * `caseFields` are the fields the author's copy changed; `seq` the case row's version it saw.
 */
function voidMutation(
  id: number,
  o: {
    caseId: string;
    eventId: string;
    reason: string;
    caseFields: Record<string, unknown>;
    eventReason?: string;
    /** Written by a desktop from before case.void version 2. */
    v1?: boolean;
    seq: number;
  },
): WireMutation {
  const changes: RowChange[] = [
    {
      entity: 'case',
      id: o.caseId,
      op: 'upsert',
      created: false,
      row: { ...caseRow(o.caseId), ...o.caseFields },
      bases: Object.fromEntries(Object.keys(o.caseFields).map((f) => [f, o.seq])),
    },
    {
      entity: 'event',
      id: o.eventId,
      op: 'upsert',
      created: true,
      bases: {},
      row: voidedEvent(o.caseId, o.eventId, id, o.eventReason ?? o.reason, o.v1 ? 'other' : 'duplicate'),
    },
  ];
  return {
    id,
    name: 'case.void',
    // Version 1, as a desktop from before `grounds` wrote it; the server upcasts it (shared/mutations/upcasters.ts).
    version: o.v1 ? 1 : 2,
    args: {
      caseId: o.caseId,
      ...(o.v1 ? {} : { grounds: 'duplicate' }),
      reason: o.reason,
      eventId: o.eventId,
    },
    bases: [],
    changes,
    hlc: `0000000${id}-0000-dev`,
    deviceTime: AT,
    userId: U.admin,
  };
}

const honestVoid = (reason: string) => ({
  voidedAt: AT,
  voidedBy: U.admin,
  voidReason: reason,
  updatedAt: AT,
});

/**
 * 作废案件 is replanned on the server (issue 11 item 2): what it stores for a void is what the shared planner
 * derives from the args and the server's own rows — who voided, when and why — never the pushed row values.
 * Without replanning, the forged values below would be stored and the smuggled field accepted.
 */
describe.each(DB_KINDS)('the server replans 作废案件 on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let auth: string;
  let next = 1;
  const push = (m: (id: number) => WireMutation) => pushVia(app, auth, 'dev-replan-void', [m(next++)]);
  const stored = async (id: string) =>
    (await db.query<{ data: Record<string, unknown> }>('SELECT data FROM entity_rows WHERE id = $1', [id]))
      .rows[0]?.data ?? null;
  /** Seeds a fresh case and returns the version of its row. */
  const seedCase = async (caseId: string): Promise<number> => {
    await db.tx((q) =>
      commitRows(
        q,
        [
          {
            entity: 'case',
            id: caseId,
            officeId: COMMITTEE,
            caseId,
            data: caseRow(caseId),
            changed: '*',
            deleted: null,
          },
        ],
        { clientId: null, mutationId: null },
      ),
    );
    const r = await db.query<{ row_seq: string }>('SELECT row_seq FROM entity_rows WHERE id = $1', [caseId]);
    return Number(r.rows[0]?.row_seq);
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    auth = await enrolDevice(app, 'dev-replan-void', 'admin');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('stores who voided the case, when and why as the planner derives them, not the forged values', async () => {
    const caseId = uid('replan-void-forged');
    const eventId = uid('replan-void-forged-event');
    const seq = await seedCase(caseId);
    const r = await push((id) =>
      voidMutation(id, {
        caseId,
        eventId,
        reason: '重复登记',
        seq,
        caseFields: { ...honestVoid('重复登记'), voidedBy: U.med1, voidReason: '伪造的理由' },
        eventReason: '伪造的理由',
      }),
    );
    expect(r.results[0]?.outcome).toBe('applied');
    expect(await stored(caseId)).toEqual({ ...caseRow(caseId), ...honestVoid('重复登记') });
    expect(await stored(eventId)).toEqual(voidedEvent(caseId, eventId, next - 1, '重复登记'));
  });

  it('refuses a void that also changes a field the mutation does not write', async () => {
    const caseId = uid('replan-void-extra');
    const eventId = uid('replan-void-extra-event');
    const seq = await seedCase(caseId);
    const r = await push((id) =>
      voidMutation(id, {
        caseId,
        eventId,
        reason: '登记错误',
        seq,
        caseFields: { ...honestVoid('登记错误'), summary: '顺带改掉的摘要' },
      }),
    );
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'inconsistent' });
    expect(await stored(caseId)).toEqual(caseRow(caseId));
    expect(await stored(eventId)).toBeNull();
  });

  it("answers the planner's refusal with its own reason (恢复 of a case that is not voided)", async () => {
    const caseId = uid('replan-restore-not-voided');
    const eventId = uid('replan-restore-not-voided-event');
    const seq = await seedCase(caseId);
    const r = await push((id) => ({
      ...voidMutation(id, {
        caseId,
        eventId,
        reason: '误作废',
        seq,
        caseFields: { updatedAt: AT },
        v1: true,
      }),
      name: 'case.restore',
    }));
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'rule', reason: '案件未作废，无需恢复' });
    expect(await stored(eventId)).toBeNull();
  });
  it('upcasts a version-1 void from a desktop that predates 作废类别 and stores it as version 2 derives it', async () => {
    const caseId = uid('replan-void-v1');
    const eventId = uid('replan-void-v1-event');
    const seq = await seedCase(caseId);
    const r = await push((id) =>
      voidMutation(id, {
        caseId,
        eventId,
        reason: '登记错误',
        seq,
        caseFields: honestVoid('登记错误'),
        v1: true,
      }),
    );
    expect(r.results[0]?.outcome).toBe('applied');
    expect(await stored(eventId)).toEqual(voidedEvent(caseId, eventId, next - 1, '登记错误', 'other'));
  });

  it('refuses a void of a version newer than the server knows, saying so in Chinese', async () => {
    const caseId = uid('replan-void-v3');
    const eventId = uid('replan-void-v3-event');
    const seq = await seedCase(caseId);
    const r = await push((id) => ({
      ...voidMutation(id, { caseId, eventId, reason: '重复登记', seq, caseFields: honestVoid('重复登记') }),
      version: 3,
    }));
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'unknown_version' });
    expect(r.results[0]?.reason).toContain('来自更新版本的程序（第 3 版，本程序只认识到第 2 版）');
    expect(await stored(caseId)).toEqual(caseRow(caseId));
  });
});
