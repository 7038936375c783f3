import type { FastifyInstance } from 'fastify';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { Queryable, ServerDb } from '../db/types';
import { enterDeviceScope } from '../sync/device-scope';
import { loadClientScope } from '../sync/scope';
import { COMMITTEE, OTHER_STATION, STATION, U, enrolDevice } from './sync-fixture';
import { mediationFailedMutation, registerMutation, transferMutation, uid } from './wire-builders';

export const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;

/** Device ids of the scenario: one per station and one at the committee. */
export const DEV = { station: 'dev-station-a', other: 'dev-station-b', committee: 'dev-committee' } as const;

/** Cases: one per office, a station's mediation case and the arbitration case its transfer created. */
export const CASE = {
  station: uid('scope-case-station'),
  other: uid('scope-case-other'),
  committee: uid('scope-case-committee'),
  mediation: uid('scope-case-mediation'),
  transferred: uid('scope-case-transferred'),
};

export async function pushVia(
  app: FastifyInstance,
  auth: string,
  clientId: string,
  mutations: WireMutation[],
): Promise<PushResponse> {
  const r = await app.inject({
    method: 'POST',
    url: '/sync/push',
    headers: { authorization: auth },
    payload: { protocolVersion: 1, clientId, schemaVersion: SCHEMA, mutations },
  });
  if (r.statusCode !== 200) throw new Error(`push failed ${r.statusCode}: ${r.body}`);
  return r.json<PushResponse>();
}

/**
 * Three enrolled devices and a case in each office, written through the API; the station has also handed a
 * case to the committee, so it holds a read grant on `CASE.transferred`. The next mutation id of each device
 * is returned with its bearer header.
 */
export async function seedScopeScenario(
  app: FastifyInstance,
): Promise<Record<keyof typeof DEV, { auth: string; next: number }>> {
  const station = await enrolDevice(app, DEV.station, 'med1');
  const other = await enrolDevice(app, DEV.other, 'med2');
  const committee = await enrolDevice(app, DEV.committee, 'admin');
  const ok = (r: PushResponse) => {
    if (r.results.some((o) => o.outcome !== 'applied')) throw new Error(JSON.stringify(r.results));
  };
  ok(
    await pushVia(app, station, DEV.station, [
      registerMutation(1, { caseId: CASE.station, officeId: STATION, userId: U.med1 }),
      registerMutation(2, { caseId: CASE.mediation, officeId: STATION, userId: U.med1 }),
      mediationFailedMutation(3, {
        userId: U.med1,
        caseId: CASE.mediation,
        officeId: STATION,
        eventId: uid('scope-mediation-failed'),
      }),
      transferMutation(4, {
        userId: U.med1,
        mediationCaseId: CASE.mediation,
        stationId: STATION,
        committeeId: COMMITTEE,
        newCaseId: CASE.transferred,
        eventId: uid('scope-transfer-event'),
      }),
    ]),
  );
  ok(
    await pushVia(app, other, DEV.other, [
      registerMutation(1, { caseId: CASE.other, officeId: OTHER_STATION, userId: U.med2 }),
    ]),
  );
  ok(
    await pushVia(app, committee, DEV.committee, [
      registerMutation(1, {
        caseId: CASE.committee,
        officeId: COMMITTEE,
        userId: U.admin,
        kind: 'arbitration',
      }),
    ]),
  );
  return {
    station: { auth: station, next: 5 },
    other: { auth: other, next: 2 },
    committee: { auth: committee, next: 2 },
  };
}

/** Runs `fn` in a transaction held by the database to a device's scope, exactly as a request's is. */
export function asDevice<T>(db: ServerDb, clientId: string, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return db.tx(async (q) => {
    const scope = await loadClientScope(q, clientId);
    if (scope === null) throw new Error(`no client ${clientId}`);
    await enterDeviceScope(q, scope);
    return fn(q);
  });
}

/** Every synced row as the owner sees it, to compare before and after an attack. */
export async function allRows(db: ServerDb): Promise<string> {
  const r = await db.query(
    'SELECT entity, id, office_id, data, row_seq, deleted FROM entity_rows ORDER BY entity, id',
  );
  return JSON.stringify(r.rows);
}
