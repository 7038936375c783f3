import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RowChange } from '../../shared/sync/changes';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { acceptMutation, registerMutation, uid } from '../testing/wire-builders';

// The server re-runs the shared planners of 办理程序事项, 生成文书 and 保存要素表 over its own rows (issue 11
// item 2): what it stores is derived from the args, whatever the pushed rows say, and a push that writes a row or
// field the plan does not is refused. Without the replanning, each forged push below would be stored as sent.

const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;
const AT = '2026-11-25T02:00:00.000Z';
const SHA = 'b'.repeat(64);

const wire = (id: number, name: string, args: unknown, changes: RowChange[]): WireMutation => ({
  id,
  name,
  version: 1,
  args,
  bases: [],
  changes,
  hlc: `0000000${id}-0000-dev`,
  deviceTime: AT,
  userId: U.admin,
});
const insert = (entity: RowChange['entity'], row: Record<string, unknown>): RowChange => ({
  entity,
  id: String(row['id']),
  op: 'upsert',
  created: true,
  bases: {},
  row,
});

/** A 双倍工资 applicant sheet the shipped template (double_wages v1) accepts. */
const SHEET_DATA = {
  claimedAmountFen: 5_000_000,
  hireDate: '2024-01-01',
  contractSigned: false,
  monthlyWageFen: 500_000,
  separationDate: '2025-08-31',
};

function documentPush(id: number, caseId: string, docId: string, row: Partial<Record<string, unknown>>) {
  const args = {
    id: docId,
    caseId,
    templateId: 'acceptance_notice',
    options: '{}',
    title: '受理通知书',
    dataHash: 'a'.repeat(64),
    blobSha256: SHA,
    fileName: '受理通知书.docx',
    size: 10,
    version: 1,
  };
  const { id: _id, version, ...rest } = args;
  return wire(id, 'documents.record', args, [
    insert('document', {
      id: docId,
      officeId: COMMITTEE,
      ...rest,
      version,
      docDate: '2026-11-25',
      createdAt: AT,
      createdBy: U.admin,
      ...row,
    }),
  ]);
}

describe.each(DB_KINDS)('replanned case work on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let auth = '';
  let next = 1;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    // The document's file is on the server (its upload is server/blobs/'s to test): documents.record waits otherwise.
    await db.query('INSERT INTO blobs (sha256, size, complete, received) VALUES ($1, 10, true, 10)', [SHA]);
    app = await syncApp(db);
    auth = await enrolDevice(app, 'dev-aaaa', 'admin');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const push = async (m: Omit<WireMutation, 'id'> & { id?: number }) => {
    const r = await app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: auth },
      payload: {
        protocolVersion: 1,
        clientId: 'dev-aaaa',
        schemaVersion: SCHEMA,
        mutations: [{ ...m, id: next }],
      },
    });
    next += 1;
    expect(r.statusCode, r.body).toBe(200);
    return r.json<PushResponse>().results[0];
  };
  const row = async (entity: string, id: string) => {
    const r = await db.query<{ data: Record<string, unknown>; row_seq: string }>(
      'SELECT data, row_seq FROM entity_rows WHERE entity = $1 AND id = $2',
      [entity, id],
    );
    return r.rows[0] ? { data: r.rows[0].data, rowSeq: Number(r.rows[0].row_seq) } : null;
  };
  const registered = async (name: string) => {
    const caseId = uid(name);
    const r = await push(
      registerMutation(0, { caseId, officeId: COMMITTEE, userId: U.admin, kind: 'arbitration' }),
    );
    expect(r?.outcome).toBe('applied');
    const c = await row('case', caseId);
    if (c === null) throw new Error('case not stored');
    return { caseId, caseRow: c.data, caseRowSeq: c.rowSeq };
  };

  it('stores the 受理 the args describe, not the forged event and case rows', async () => {
    const c = await registered('forged-accept');
    const eventId = uid('forged-accept-event');
    const m = acceptMutation(0, { userId: U.admin, ...c, eventId, occurredOn: '2026-11-25' });
    const [event, caseChange] = m.changes;
    if (!event?.row || !caseChange?.row) throw new Error('builder changed');
    event.row = { ...event.row, occurredOn: '2026-11-21', payload: { simple: true }, actorId: U.med1 };
    caseChange.row = { ...caseChange.row, status: 'closed', acceptedDate: '2026-11-21' };

    expect((await push(m))?.outcome).toBe('applied');
    expect((await row('event', eventId))?.data).toMatchObject({
      type: 'arb.accept',
      occurredOn: '2026-11-25',
      payload: { simple: false },
      actorId: U.admin,
    });
    expect((await row('case', c.caseId))?.data).toMatchObject({
      status: 'accepted',
      acceptedDate: '2026-11-25',
      // The accepting arbitrator becomes the A角, and the centre still numbers the case at 受理.
      handlerId: U.admin,
      officialNo: expect.stringMatching(/第\d+号$/) as unknown,
    });
  });

  it('refuses a 受理 that also changes a case field or writes a row the step does not', async () => {
    const c = await registered('extra-accept');
    const eventId = uid('extra-accept-event');
    const extraField = acceptMutation(0, { userId: U.admin, ...c, eventId, occurredOn: '2026-11-25' });
    const caseChange = extraField.changes[1];
    if (!caseChange?.row) throw new Error('builder changed');
    caseChange.row = { ...caseChange.row, summary: '顺手改掉的案情摘要' };
    caseChange.bases = { ...caseChange.bases, summary: c.caseRowSeq };
    expect(await push(extraField)).toMatchObject({ outcome: 'rejected', code: 'inconsistent' });
    expect((await row('case', c.caseId))?.data).toMatchObject({ status: 'received', summary: null });

    const extraRow = acceptMutation(0, { userId: U.admin, ...c, eventId, occurredOn: '2026-11-25' });
    const event = extraRow.changes[0];
    if (!event?.row) throw new Error('builder changed');
    const smuggled = uid('smuggled-event');
    extraRow.changes.push({
      ...event,
      id: smuggled,
      row: { ...event.row, id: smuggled, type: 'arb.closed' },
    });
    expect(await push(extraRow)).toMatchObject({ outcome: 'rejected', code: 'inconsistent' });
    expect(await row('event', smuggled)).toBeNull();
    expect(await row('event', eventId)).toBeNull();
  });

  it('stores the document version and the 要素表 the args describe', async () => {
    const { caseId } = await registered('forged-doc');
    const docId = uid('forged-doc-1');
    const doc = documentPush(0, caseId, docId, { title: '裁决书', createdBy: U.med1, docDate: '2026-01-01' });
    expect((await push(doc))?.outcome).toBe('applied');
    expect((await row('document', docId))?.data).toMatchObject({
      title: '受理通知书',
      createdBy: U.admin,
      docDate: '2026-11-25',
    });

    const sheetId = uid('forged-doc-sheet');
    const args = {
      caseId,
      templateId: 'double_wages',
      templateVersion: 1,
      side: 'applicant',
      data: SHEET_DATA,
      sheetId,
    };
    const sheet = wire(0, 'elements.saveSheet', args, [
      insert('elementSheet', {
        id: sheetId,
        caseId,
        officeId: COMMITTEE,
        templateId: 'double_wages',
        templateVersion: 1,
        side: 'applicant',
        data: { ...SHEET_DATA, claimedAmountFen: 99_000_000 },
        updatedAt: AT,
        updatedBy: U.admin,
      }),
    ]);
    expect((await push(sheet))?.outcome).toBe('applied');
    expect((await row('elementSheet', sheetId))?.data).toMatchObject({ data: SHEET_DATA });
  });

  it('refuses a document push that also edits the case, and a sheet the template does not accept', async () => {
    const c = await registered('extra-doc');
    const docId = uid('extra-doc-1');
    const doc = documentPush(0, c.caseId, docId, {});
    doc.changes.push({
      entity: 'case',
      id: c.caseId,
      op: 'upsert',
      created: false,
      row: { ...c.caseRow, handlerId: U.med1 },
      bases: { handlerId: c.caseRowSeq },
    });
    expect(await push(doc)).toMatchObject({ outcome: 'rejected', code: 'inconsistent' });
    expect(await row('document', docId)).toBeNull();
    expect((await row('case', c.caseId))?.data['handlerId']).toBeNull();

    const sheetId = uid('extra-doc-sheet');
    const bad = { ...SHEET_DATA, claimedAmountFen: undefined };
    const sheet = wire(
      0,
      'elements.saveSheet',
      {
        caseId: c.caseId,
        templateId: 'double_wages',
        templateVersion: 1,
        side: 'applicant',
        data: bad,
        sheetId,
      },
      [],
    );
    expect(await push(sheet)).toMatchObject({ outcome: 'rejected', code: 'rule' });
    expect(await row('elementSheet', sheetId)).toBeNull();
  });
});
