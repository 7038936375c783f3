import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PullPage, PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, STATION, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import {
  acceptMutation,
  mediationFailedMutation,
  registerMutation,
  transferMutation,
  uid,
} from '../testing/wire-builders';

const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;

describe.each(DB_KINDS)('official numbers and transfer on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  const auth: Record<string, string> = {};

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    auth['dev-aaaa'] = await enrolDevice(app, 'dev-aaaa', 'admin');
    auth['dev-bbbb'] = await enrolDevice(app, 'dev-bbbb', 'admin');
    auth['dev-ssss'] = await enrolDevice(app, 'dev-ssss', 'med1');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const push = async (clientId: string, mutations: WireMutation[]) => {
    const r = await app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: auth[clientId] },
      payload: { protocolVersion: 1, clientId, schemaVersion: SCHEMA, mutations },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json<PushResponse>();
  };
  const caseRow = async (id: string) => {
    const r = await db.query<{ data: Record<string, unknown>; row_seq: number }>(
      "SELECT data, row_seq FROM entity_rows WHERE entity = 'case' AND id = $1",
      [id],
    );
    const row = r.rows[0];
    if (!row) throw new Error(`no case ${id}`);
    return { data: row.data, rowSeq: Number(row.row_seq) };
  };
  const accept = async (clientId: string, id: number, caseId: string) => {
    const c = await caseRow(caseId);
    return push(clientId, [
      acceptMutation(id, {
        userId: U.admin,
        caseRow: c.data,
        caseRowSeq: c.rowSeq,
        eventId: uid(`${caseId}-accept-${clientId}`),
        occurredOn: '2026-11-25',
      }),
    ]);
  };

  it('numbers concurrent acceptances on two desktops gaplessly, once per case', async () => {
    const [a, b] = [uid('arb-1'), uid('arb-2')];
    await push('dev-aaaa', [
      registerMutation(1, { caseId: a, officeId: COMMITTEE, userId: U.admin, kind: 'arbitration' }),
    ]);
    await push('dev-bbbb', [
      registerMutation(1, { caseId: b, officeId: COMMITTEE, userId: U.admin, kind: 'arbitration' }),
    ]);
    const [ra, rb] = await Promise.all([accept('dev-aaaa', 2, a), accept('dev-bbbb', 2, b)]);
    expect([ra.results[0]?.outcome, rb.results[0]?.outcome]).toEqual(['applied', 'applied']);
    const numbers = [(await caseRow(a)).data['officialNo'], (await caseRow(b)).data['officialNo']].sort();
    expect(numbers).toEqual(['示例劳人仲案字〔2026〕第1号', '示例劳人仲案字〔2026〕第2号']);
    const numberOfA = (await caseRow(a)).data['officialNo'];
    // The same case accepted again (another desktop had not seen the first 受理) is refused by the procedure.
    const again = await accept('dev-bbbb', 3, a);
    expect(again.results[0]).toMatchObject({ outcome: 'rejected', code: 'illegal_procedure' });
    expect((await caseRow(a)).data['officialNo']).toBe(numberOfA);
  });

  it('moves a transferred case into the committee, where its number reaches the station too', async () => {
    const med = uid('med-1');
    const arb = uid('med-1-arb');
    await push('dev-ssss', [registerMutation(1, { caseId: med, officeId: STATION, userId: U.med1 })]);
    const t = await push('dev-ssss', [
      mediationFailedMutation(2, {
        userId: U.med1,
        caseId: med,
        officeId: STATION,
        eventId: uid('med-1-failed'),
      }),
      transferMutation(3, {
        userId: U.med1,
        mediationCaseId: med,
        stationId: STATION,
        committeeId: COMMITTEE,
        newCaseId: arb,
        eventId: uid('med-1-transfer'),
      }),
    ]);
    expect(
      t.results.map((r) => r.outcome),
      JSON.stringify(t.results),
    ).toEqual(['applied', 'applied']);
    expect((await caseRow(arb)).data['officeId']).toBe(COMMITTEE);
    // A station cannot create cases in its committee's office by any other mutation.
    const forged = await push('dev-ssss', [
      registerMutation(4, {
        caseId: uid('forged-arb'),
        officeId: COMMITTEE,
        userId: U.med1,
        kind: 'arbitration',
      }),
    ]);
    expect(forged.results[0]).toMatchObject({ outcome: 'rejected', code: 'not_authorized' });
    await accept('dev-aaaa', 3, arb);
    const pulled = await app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=dev-ssss&cursor=0&schemaVersion=${SCHEMA}`,
      headers: { authorization: auth['dev-ssss'] },
    });
    const page = pulled.json<PullPage>();
    const seen = page.rows.filter((r) => r.entity === 'case' && r.id === arb).at(-1);
    expect(seen?.data?.['officialNo']).toBe('示例劳人仲案字〔2026〕第3号');
    // The station still cannot write to the committee's case it may read.
    const c = await caseRow(arb);
    const write = await push('dev-ssss', [
      acceptMutation(5, {
        userId: U.med1,
        caseRow: c.data,
        caseRowSeq: c.rowSeq,
        eventId: uid('x'),
        occurredOn: '2026-11-25',
      }),
    ]);
    expect(write.results[0]).toMatchObject({ outcome: 'rejected', code: 'not_authorized' });
  });
});
