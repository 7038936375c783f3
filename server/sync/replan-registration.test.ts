import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RowChange } from '../../shared/sync/changes';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, STATION, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { pushVia } from '../testing/scope-scenario';
import { mediationFailedMutation, registerMutation, transferMutation, uid } from '../testing/wire-builders';

/**
 * Registrations, transfers and settings are replanned on the server (issue 11 item 2): the rows it stores are
 * the ones the shared planner derives from the zod-checked args and the server's own rows, so a push whose rows
 * state other facts than its args cannot register them, and a push that writes a row or field the mutation does
 * not write is refused. (These replace the server's former row-by-row comparison of registrations with args.)
 */
describe.each(DB_KINDS)('replanned registrations on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let station: string;
  let committee: string;
  let next = 1;
  let nextCommittee = 1;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    station = await enrolDevice(app, 'dev-replan-s', 'med1');
    committee = await enrolDevice(app, 'dev-replan-c', 'admin');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const pushStation = (build: (id: number) => WireMutation): Promise<PushResponse> =>
    pushVia(app, station, 'dev-replan-s', [build(next++)]);
  const pushCommittee = (build: (id: number) => WireMutation): Promise<PushResponse> =>
    pushVia(app, committee, 'dev-replan-c', [build(nextCommittee++)]);
  const stored = async (id: string): Promise<Record<string, unknown> | null> =>
    (
      await db.query<{ data: Record<string, unknown> }>(
        'SELECT data FROM entity_rows WHERE id = $1 AND deleted IS NULL',
        [id],
      )
    ).rows[0]?.data ?? null;
  const outcome = (r: PushResponse) => [r.results[0]?.outcome, r.results[0]?.code];
  const forge = (
    m: WireMutation,
    entity: RowChange['entity'],
    f: (row: Record<string, unknown>) => object,
  ) => ({
    ...m,
    changes: m.changes.map((c) =>
      c.entity === entity && c.row ? { ...c, row: { ...c.row, ...f(c.row) } } : c,
    ),
  });

  it('stores the facts its args state, not forged row values (a claim amount, an ID number, a status)', async () => {
    const caseId = uid('replan-forged');
    const r = await pushStation((id) => {
      let m = registerMutation(id, { caseId, officeId: STATION, userId: U.med1 });
      m = forge(m, 'claim', () => ({ amountFen: 99_999_999 }));
      m = forge(m, 'party', (row) => (row['role'] === 'applicant' ? { idNumber: '110105194912310029' } : {}));
      return forge(m, 'case', () => ({ status: 'closed', closedDate: '2026-11-21', createdBy: U.admin }));
    });
    expect(outcome(r), JSON.stringify(r.results)).toEqual(['applied', undefined]);
    expect(await stored(uid(`${caseId}-c1`))).toMatchObject({ amountFen: 100_00, caseId });
    expect(await stored(uid(`${caseId}-p1`))).toMatchObject({
      idNumber: '11010519491231002X',
      role: 'applicant',
      // Derived from the ID number by the planner, as on the desktop.
      sex: 'female',
      birthDate: '1949-12-31',
    });
    expect(await stored(caseId)).toMatchObject({ status: 'received', closedDate: null, createdBy: U.med1 });
    // The first event is written even though the push left it out: it is part of what registration does.
    expect(await stored(uid(`${caseId}-received`))).toMatchObject({ type: 'case.received', caseId });
  });

  it('refuses a registration that also writes a row or a field the registration does not', async () => {
    const earlier = uid('replan-earlier');
    expect(
      outcome(
        await pushStation((id) =>
          registerMutation(id, { caseId: earlier, officeId: STATION, userId: U.med1 }),
        ),
      ),
    ).toEqual(['applied', undefined]);
    const caseId = uid('replan-extra');
    const honest = registerMutation(0, { caseId, officeId: STATION, userId: U.med1 });
    const party = honest.changes.find((c) => c.entity === 'party') as RowChange;
    const extraParty: RowChange = {
      ...party,
      id: uid('replan-extra-party'),
      row: {
        ...party.row,
        id: uid('replan-extra-party'),
        name: '李四',
        idNumber: null,
        sex: null,
        birthDate: null,
      },
    };
    // Within the device's scope and of an entity registration writes — only the plan knows it is not its row.
    const otherCase: RowChange = {
      entity: 'case',
      id: earlier,
      op: 'upsert',
      created: false,
      bases: { summary: 1 },
      row: { id: earlier, summary: '悄悄改掉的案情' },
    };
    for (const extra of [extraParty, otherCase]) {
      const r = await pushStation((id) => ({
        ...registerMutation(id, { caseId, officeId: STATION, userId: U.med1 }),
        changes: [...honest.changes, extra],
      }));
      expect(outcome(r), JSON.stringify(r.results)).toEqual(['rejected', 'inconsistent']);
    }
    expect(await stored(caseId)).toBeNull();
    expect(await stored(uid('replan-extra-party'))).toBeNull();
    expect(await stored(earlier)).toMatchObject({ summary: null });
  });

  it('refuses a transfer that changes a field of the mediation case the transfer does not write', async () => {
    const med = uid('replan-med');
    const arb = uid('replan-med-arb');
    await pushStation((id) => registerMutation(id, { caseId: med, officeId: STATION, userId: U.med1 }));
    await pushStation((id) =>
      mediationFailedMutation(id, {
        userId: U.med1,
        caseId: med,
        officeId: STATION,
        eventId: uid('replan-med-failed'),
      }),
    );
    const transfer = (id: number) =>
      transferMutation(id, {
        userId: U.med1,
        mediationCaseId: med,
        stationId: STATION,
        committeeId: COMMITTEE,
        newCaseId: arb,
        eventId: uid('replan-med-transfer'),
      });
    const handover: RowChange = {
      entity: 'case',
      id: med,
      op: 'upsert',
      created: false,
      bases: { linkedCaseId: 1, handlerId: 1 },
      row: { id: med, linkedCaseId: arb, handlerId: U.med1 },
    };
    const forged = await pushStation((id) => {
      const m = transfer(id);
      return { ...m, changes: [...m.changes, handover] };
    });
    expect(outcome(forged), JSON.stringify(forged.results)).toEqual(['rejected', 'inconsistent']);
    expect(await stored(arb)).toBeNull();

    const honest = await pushStation(transfer);
    expect(outcome(honest), JSON.stringify(honest.results)).toEqual(['applied', undefined]);
    // The new case carries the mediation's facts as the server holds them, whatever the pushed rows said.
    expect(await stored(arb)).toMatchObject({
      officeId: COMMITTEE,
      kind: 'arbitration',
      receivedDate: '2026-11-24',
      linkedCaseId: med,
    });
    expect(await stored(med)).toMatchObject({ linkedCaseId: arb, handlerId: null });
  });

  it('stores the setting value its args state', async () => {
    const r = await pushCommittee((id) => ({
      id,
      name: 'settings.set',
      version: 1,
      args: { key: 'claim.synonyms', value: { overtime: ['加点'] } },
      bases: [],
      changes: [
        {
          entity: 'setting',
          id: 'claim.synonyms',
          op: 'upsert',
          created: true,
          bases: {},
          row: {
            id: 'claim.synonyms',
            officeId: COMMITTEE,
            value: { overtime: ['随便写的'] },
            updatedAt: '2026-11-25T02:00:00.000Z',
            updatedBy: U.admin,
          },
        },
      ],
      hlc: `0000000${id}-0000-dev`,
      deviceTime: '2026-11-25T02:00:00.000Z',
      userId: U.admin,
    }));
    expect(outcome(r), JSON.stringify(r.results)).toEqual(['applied', undefined]);
    expect(await stored('claim.synonyms')).toMatchObject({
      value: { overtime: ['加点'] },
      officeId: COMMITTEE,
    });
  });
});
