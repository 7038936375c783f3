import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PullPage, SnapshotPage, WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import {
  COMMITTEE,
  OTHER_STATION,
  STATION,
  U,
  enrolDevice,
  seedOffices,
  staffRow,
  syncApp,
} from '../testing/sync-fixture';
import { CASE, DEV, SCHEMA, allRows, pushVia, seedScopeScenario } from '../testing/scope-scenario';
import { editMutation, registerMutation, uid } from '../testing/wire-builders';
import { commitRows } from './rows';

/** The tables migration 0002 puts under row-level security. */
const RLS_TABLES = [
  'entity_rows',
  'change_log',
  'mutation_outcomes',
  'sync_clients',
  'case_grants',
  'audit_log',
  'case_number_counters',
];

/**
 * Attacks through the HTTP API (issue 11 item 6): a device forging office ids, case ids or another device's
 * client id, or holding a revoked or expired token or one of a deactivated user, reads nothing and writes
 * nothing outside its scope. Each attack runs twice: as deployed, and with row-level security switched off, so
 * the application's own checks are shown to hold by themselves (row-security.test.ts shows the database's).
 */
const MODES = ['application checks with row-level security', 'application checks alone'] as const;

describe.each(DB_KINDS.flatMap((kind) => MODES.map((mode) => [kind, mode] as const)))(
  'attacks on %s: %s',
  (kind, mode) => {
    let db: ServerDb;
    let app: FastifyInstance;
    let dev: Awaited<ReturnType<typeof seedScopeScenario>>;

    beforeAll(async () => {
      db = await openTestDb(kind);
      await seedOffices(db);
      app = await syncApp(db);
      dev = await seedScopeScenario(app);
      if (mode === 'application checks alone')
        for (const t of RLS_TABLES) await db.query(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
    });
    afterAll(async () => {
      await app.close();
      await db.close();
    });

    const station = (mutations: (next: number) => WireMutation[]) => {
      const ms = mutations(dev.station.next);
      dev.station.next += ms.length;
      return pushVia(app, dev.station.auth, DEV.station, ms);
    };
    const caseRow = async (id: string) =>
      (await db.query<{ data: Record<string, unknown> }>('SELECT data FROM entity_rows WHERE id = $1', [id]))
        .rows[0]?.data ?? {};
    const party = (caseId: string, officeId: string) => {
      const id = uid(`forged-party-${caseId}-${officeId}`);
      const row = registerMutation(1, { caseId, officeId, userId: U.med1 }).changes[1]?.row;
      return {
        entity: 'party' as const,
        id,
        op: 'upsert' as const,
        created: true,
        bases: {},
        row: { ...row, id },
      };
    };

    it('writes nothing for forged office ids, case ids or authors, and records each as rejected', async () => {
      const before = await allRows(db);
      const otherCase = await caseRow(CASE.other);
      const granted = await caseRow(CASE.transferred);
      const r = await station((n) => [
        // A case in another station's office, and one in the committee's outside a transfer.
        registerMutation(n, { caseId: uid('atk-office'), officeId: OTHER_STATION, userId: U.med1 }),
        registerMutation(n + 1, { caseId: uid('atk-committee'), officeId: COMMITTEE, userId: U.med1 }),
        // Another station's case id taken over as a new case of this station.
        registerMutation(n + 2, { caseId: CASE.other, officeId: STATION, userId: U.med1 }),
        // A party slipped into another station's case, under either office id.
        {
          ...registerMutation(n + 3, { caseId: uid('atk-p1'), officeId: STATION, userId: U.med1 }),
          changes: [party(CASE.other, STATION)],
        },
        {
          ...registerMutation(n + 4, { caseId: uid('atk-p2'), officeId: STATION, userId: U.med1 }),
          changes: [party(CASE.other, OTHER_STATION)],
        },
        // Edits of another station's case and of the committee's case the station may only read.
        editMutation(n + 5, {
          userId: U.med1,
          caseId: CASE.other,
          entity: 'case',
          row: { ...otherCase, summary: 'x' },
          field: 'summary',
          base: 1,
        }),
        editMutation(n + 6, {
          userId: U.med1,
          caseId: CASE.transferred,
          entity: 'case',
          row: { ...granted, summary: 'x' },
          field: 'summary',
          base: 1,
        }),
        // Another station's user named as the author.
        registerMutation(n + 7, { caseId: uid('atk-author'), officeId: STATION, userId: U.med2 }),
      ]);
      expect(r.results.map((o) => [o.outcome, o.code])).toEqual(
        Array.from({ length: 8 }, () => ['rejected', 'not_authorized']),
      );
      // The take-over of another station's case: the application sees the row in the other office; under row-level
      // security that row is invisible to the request, so it is the database that refuses the write, and the
      // refusal still ends as one rejected outcome.
      expect(r.results[2]?.reason).toBe(
        mode === 'application checks alone'
          ? '不能更改记录所属机构'
          : '数据库拒绝了该写入：记录不在本设备可办理的范围内',
      );
      expect(await allRows(db)).toBe(before);
    });

    it("refuses a device acting under another device's client id", async () => {
      const other = DEV.other;
      const push = await app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: { authorization: dev.station.auth },
        payload: {
          protocolVersion: 1,
          clientId: other,
          schemaVersion: SCHEMA,
          mutations: [
            registerMutation(2, { caseId: uid('atk-as-other'), officeId: OTHER_STATION, userId: U.med2 }),
          ],
        },
      });
      const urls = [
        `/sync/pull?clientId=${other}&cursor=0&schemaVersion=${SCHEMA}`,
        `/sync/snapshot?clientId=${other}&officeId=${OTHER_STATION}`,
      ];
      const reads = await Promise.all(
        urls.map((url) => app.inject({ method: 'GET', url, headers: { authorization: dev.station.auth } })),
      );
      for (const res of [push, ...reads]) {
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json()).toMatchObject({ ok: false, error: { code: 'client_mismatch' } });
      }
    });

    it('reads only its scope: its cases, the granted case, nothing of another station', async () => {
      const pull = await app.inject({
        method: 'GET',
        url: `/sync/pull?clientId=${DEV.station}&cursor=0&limit=1000&schemaVersion=${SCHEMA}`,
        headers: { authorization: dev.station.auth },
      });
      const page = pull.json<PullPage>();
      expect(page.more).toBe(false);
      expect(page.rows.some((r) => r.officeId === OTHER_STATION)).toBe(false);
      const cases = [...new Set(page.rows.filter((r) => r.entity === 'case').map((r) => r.id))].sort();
      expect(cases).toEqual([CASE.station, CASE.mediation, CASE.transferred].sort());
      for (const officeId of [OTHER_STATION, COMMITTEE]) {
        const snap = await app.inject({
          method: 'GET',
          url: `/sync/snapshot?clientId=${DEV.station}&officeId=${officeId}`,
          headers: { authorization: dev.station.auth },
        });
        expect(snap.json<SnapshotPage>().rows).toEqual([]);
      }
    });

    it('turns away revoked and expired tokens and the tokens of a deactivated user', async () => {
      const med3 = uid('u-med3');
      await db.tx((q) =>
        commitRows(q, [staffRow(med3, STATION, 'med3', ['mediator'])], { clientId: null, mutationId: null }),
      );
      const revoked = await enrolDevice(app, 'dev-revoked', 'med1');
      const expired = await enrolDevice(app, 'dev-expired', 'med1');
      const inactive = await enrolDevice(app, 'dev-inactive', 'med3');
      await db.query("UPDATE devices SET revoked_at = now() WHERE client_id = 'dev-revoked'");
      // The app's clock is pinned to 2026-11-25; a day earlier is in its past.
      await db.query(
        "UPDATE devices SET expires_at = '2026-11-24T00:00:00Z' WHERE client_id = 'dev-expired'",
      );
      const off = staffRow(med3, STATION, 'med3', ['mediator']);
      await db.tx((q) =>
        commitRows(q, [{ ...off, data: { ...off.data, active: false }, changed: ['active'] }], {
          clientId: null,
          mutationId: null,
        }),
      );
      const before = await allRows(db);
      for (const [auth, clientId] of [
        [revoked, 'dev-revoked'],
        [expired, 'dev-expired'],
        [inactive, 'dev-inactive'],
      ] as const) {
        const userId = clientId === 'dev-inactive' ? med3 : U.med1;
        const calls = [
          {
            method: 'POST' as const,
            url: '/sync/push',
            payload: {
              protocolVersion: 1,
              clientId,
              schemaVersion: SCHEMA,
              mutations: [registerMutation(1, { caseId: uid(`atk-${clientId}`), officeId: STATION, userId })],
            },
          },
          { method: 'GET' as const, url: `/sync/pull?clientId=${clientId}&cursor=0&schemaVersion=${SCHEMA}` },
          {
            method: 'GET' as const,
            url: `/sync/snapshot?clientId=${clientId}&officeId=${STATION}`,
          },
          { method: 'GET' as const, url: '/sync/events' },
        ];
        for (const c of calls) {
          const res = await app.inject({ ...c, headers: { authorization: auth } });
          expect(res.statusCode, `${clientId} ${c.url}`).toBe(401);
          expect(res.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
        }
      }
      expect(await allRows(db)).toBe(before);
    });
  },
);
