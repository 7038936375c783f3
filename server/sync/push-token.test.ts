import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { WireMutation } from '../../shared/sync/protocol';
import type { Queryable, ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import {
  OTHER_STATION,
  PINNED_NOW,
  STATION,
  U,
  enrolDevice,
  seedOffices,
  staffRow,
  syncApp,
} from '../testing/sync-fixture';
import { CASE, DEV, SCHEMA, allRows, pushVia, seedScopeScenario } from '../testing/scope-scenario';
import { editMutation, registerMutation, uid } from '../testing/wire-builders';
import { DEVICE_ROLE } from './device-scope';
import { PushRefused } from './push-lock';
import { pushOne } from './push-one';
import { handlePush } from './push';
import { loadClientScope } from './scope';
import { commitRows } from './rows';

/*
 * The token check of a push, made by the statement that locks the device's row in the push's first transaction
 * (push-lock.ts) instead of by a statement of its own first. Every way a token can be wrong is refused as before
 * — and refused with nothing written: no row, no outcome, no audit entry, no feed row, no device position moved —
 * both for a lone mutation and for a batch (group commit), and for devices that pushed before, whose next push
 * enters a guessed scope in the same round trip as the check.
 */

const MED3 = uid('u-token-med3');

describe.each(DB_KINDS)('the token check inside the push on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let station: string;
  let other: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(q, [staffRow(MED3, STATION, 'med3', ['mediator'])], { clientId: null, mutationId: null }),
    );
    app = await syncApp(db);
    const dev = await seedScopeScenario(app);
    station = dev.station.auth;
    other = dev.other.auth;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  /** Everything a push could leave behind, as the owner sees it. */
  const written = async (): Promise<string> => {
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM mutation_outcomes) AS outcomes, (SELECT count(*) FROM audit_log) AS audit,
         (SELECT count(*) FROM change_log) AS feed`,
    );
    const positions = await db.query(
      'SELECT client_id, last_mutation_id FROM sync_clients ORDER BY client_id',
    );
    return JSON.stringify([await allRows(db), counts.rows, positions.rows]);
  };
  const push = (auth: string, clientId: string, mutations: WireMutation[], schemaVersion: number = SCHEMA) =>
    app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: auth },
      payload: { protocolVersion: 1, clientId, schemaVersion, mutations },
    });
  const registrations = (first: number, n: number, tag: string, userId: string = U.med1) =>
    Array.from({ length: n }, (_, k) =>
      registerMutation(first + k, { caseId: uid(`${tag}-${k}`), officeId: STATION, userId }),
    );
  /** A device of `username` that has pushed once, so its next push runs under a scope guess. */
  const pushedOnce = async (clientId: string, username = 'med1', userId: string = U.med1) => {
    const auth = await enrolDevice(app, clientId, username);
    const r = await pushVia(app, auth, clientId, registrations(1, 1, `${clientId}-first`, userId));
    expect(r.results.map((o) => o.outcome)).toEqual(['applied']);
    return auth;
  };
  /** A lone mutation and a batch of three (one group transaction): the same answer, nothing written. */
  const refusedBoth = async (
    auth: string,
    clientId: string,
    status: number,
    code: string,
    userId = U.med1,
  ) => {
    const before = await written();
    for (const ms of [
      registrations(2, 1, `${clientId}-one`, userId),
      registrations(2, 3, `${clientId}-b`, userId),
    ]) {
      const res = await push(auth, clientId, ms);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toMatchObject({ ok: false, error: { code } });
      expect(await written()).toBe(before);
    }
  };

  it("refuses a revoked device's token and writes nothing", async () => {
    const auth = await pushedOnce('dev-token-revoked');
    await db.query("UPDATE devices SET revoked_at = now() WHERE client_id = 'dev-token-revoked'");
    await refusedBoth(auth, 'dev-token-revoked', 401, 'unauthenticated');
  });

  it("compares the expiry with the request's clock: expired at or before it, valid after it", async () => {
    const auth = await pushedOnce('dev-token-expired');
    const expiry = (at: Date) =>
      db.query("UPDATE devices SET expires_at = $1 WHERE client_id = 'dev-token-expired'", [
        at.toISOString(),
      ]);
    await expiry(new Date(PINNED_NOW.getTime() - 1000));
    await refusedBoth(auth, 'dev-token-expired', 401, 'unauthenticated');
    await expiry(PINNED_NOW);
    await refusedBoth(auth, 'dev-token-expired', 401, 'unauthenticated');
    // A second after the app's pinned clock and long before the machine's: a check against the database's own
    // clock would refuse it.
    await expiry(new Date(PINNED_NOW.getTime() + 1000));
    const r = await pushVia(app, auth, 'dev-token-expired', registrations(2, 3, 'token-still-valid'));
    expect(r.results.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied']);
  });

  it('refuses the token of a deactivated staff member and writes nothing', async () => {
    const auth = await pushedOnce('dev-token-inactive', 'med3', MED3);
    const off = staffRow(MED3, STATION, 'med3', ['mediator']);
    await db.tx((q) =>
      commitRows(q, [{ ...off, data: { ...off.data, active: false }, changed: ['active'] }], {
        clientId: null,
        mutationId: null,
      }),
    );
    await refusedBoth(auth, 'dev-token-inactive', 401, 'unauthenticated', MED3);
  });

  it('refuses a token unknown to the server and writes nothing', async () => {
    await refusedBoth(`Bearer ${'x'.repeat(43)}`, DEV.station, 401, 'unauthenticated');
  });

  it("answers client_mismatch to a valid token of another device, and moves neither device's position", async () => {
    // Both devices have pushed, so the body's device has a scope guess the statement would enter.
    await refusedBoth(station, DEV.other, 409, 'client_mismatch');
    // The device the token is for still pushes (its row was never locked for the refused request).
    const next = Number(
      (
        await db.query<{ n: string }>('SELECT last_mutation_id AS n FROM sync_clients WHERE client_id = $1', [
          DEV.station,
        ])
      ).rows[0]?.n,
    );
    const r = await pushVia(app, station, DEV.station, registrations(next + 1, 1, 'token-own-device'));
    expect(r.results.map((o) => o.outcome)).toEqual(['applied']);
  });

  it('keeps the order of the refusals: 401 before 400, 409 and 426', async () => {
    const before = await written();
    const bad = `Bearer ${'y'.repeat(43)}`;
    const ms = registrations(100, 1, 'token-order');
    type Case = { auth: string; clientId: string; ms: WireMutation[]; schema?: number };
    const cases: [string, Case, number, string][] = [
      ['garbled header', { auth: 'Bearer short', clientId: DEV.station, ms }, 401, 'unauthenticated'],
      ['bad token, bad body', { auth: bad, clientId: DEV.station, ms: [] }, 401, 'unauthenticated'],
      ['good token, bad body', { auth: station, clientId: DEV.station, ms: [] }, 400, 'VALIDATION'],
      ['bad token, old schema', { auth: bad, clientId: DEV.station, ms, schema: 0 }, 401, 'unauthenticated'],
      [
        'other device, old schema',
        { auth: station, clientId: DEV.other, ms, schema: 0 },
        409,
        'client_mismatch',
      ],
      [
        'good token, old schema',
        { auth: station, clientId: DEV.station, ms, schema: 0 },
        426,
        'upgrade_required',
      ],
    ];
    for (const [name, c, status, code] of cases) {
      const res = await push(c.auth, c.clientId, c.ms, c.schema ?? SCHEMA);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.json(), name).toMatchObject({ ok: false, error: { code } });
    }
    expect(await written()).toBe(before);
  });

  it('spends one statement of one transaction on a refused batch, not a retry one mutation at a time', async () => {
    let txs = 0;
    let statements = 0;
    const count = (q: Queryable): Queryable => ({
      query: (text, values, opts) => {
        statements++;
        return q.query(text, values, opts);
      },
    });
    const counting: ServerDb = { ...db, ...count(db), tx: (fn, o) => db.tx((q) => (txs++, fn(count(q))), o) };
    const req = {
      protocolVersion: 1 as const,
      clientId: DEV.station,
      schemaVersion: SCHEMA,
      mutations: registrations(100, 3, 'token-counted'),
    };
    const r = await handlePush(counting, { token: 'w'.repeat(43), now: PINNED_NOW }, req);
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect({ txs, statements }).toEqual({ txs: 1, statements: 1 });
  });

  it('locks and reads nothing for a refused check, not even with the scope guess entered alongside', async () => {
    const scope = await db.tx((q) => loadClientScope(q, DEV.other));
    if (scope === null) throw new Error('no scope');
    // An edit of the other station's case: the guessed scope's read of it goes out with the check, locked.
    const m = editMutation(100, {
      userId: U.med2,
      caseId: CASE.other,
      entity: 'case',
      row: { officeId: OTHER_STATION, summary: 'x' },
      field: 'summary',
      base: 1,
    });
    const attempt = (token: string) =>
      db.tx(async (q) => {
        const caller = { clientId: DEV.other, who: { token, now: PINNED_NOW } };
        const guesses = new Map([[DEV.other, scope]]);
        const refused = await pushOne(q, caller, m, { refused: false, guesses, commit: false }).then(
          () => null,
          (e: unknown) => {
            if (e instanceof PushRefused) return e.code;
            throw e;
          },
        );
        // A transaction that locked or wrote a row has a transaction id; the settings say what the statements
        // sent after the check ran under.
        const s = await q.query<{ xid: unknown; write: string; read: string; client: string; role: string }>(
          `SELECT pg_current_xact_id_if_assigned() AS xid, current_setting('app.write_offices') AS write,
             current_setting('app.read_offices') AS read, current_setting('app.client_id') AS client,
             current_user AS role`,
        );
        return { refused, ...s.rows[0] };
      });
    // The station's token claiming the other station's device, and a token the server never issued.
    expect(await attempt(station.slice('Bearer '.length))).toEqual({
      refused: 'client_mismatch',
      xid: null,
      write: '',
      read: '',
      client: '',
      role: DEVICE_ROLE,
    });
    expect(await attempt('z'.repeat(43))).toMatchObject({ refused: 'unauthenticated', xid: null, write: '' });
    // The device's own token: its row locked (so the transaction has an id), its scope entered. The mutation is
    // far ahead of the device's position, so it stops at the gap and writes nothing.
    const own = await attempt(other.slice('Bearer '.length));
    expect(own).toMatchObject({ refused: null, write: scope.writeOffices.join(','), client: DEV.other });
    expect(own.xid).not.toBeNull();
  });
});
