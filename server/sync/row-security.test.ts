import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Queryable, ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, OTHER_STATION, STATION, U, seedOffices, syncApp } from '../testing/sync-fixture';
import { CASE, DEV, allRows, asDevice, seedScopeScenario } from '../testing/scope-scenario';
import { appendChanges } from './seq';
import { DEVICE_ROLE } from './device-scope';

/**
 * The database layer on its own (issue 11 item 6): inside a transaction set up as a device request's is, plain
 * SQL — as a buggy query or a missing check would send it — sees only the device's rows and cannot write
 * outside its offices. Nothing of the application's checks runs here.
 */
describe.each(DB_KINDS)('row-level security on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    await seedScopeScenario(app);
    // The committee's number counter (no acceptance is needed to show who may see and move it).
    // Another station follows the committee's case: its grant must not open that case to this station.
    await db.query('INSERT INTO case_grants (case_id, office_id) VALUES ($1, $2)', [
      CASE.committee,
      OTHER_STATION,
    ]);
    await db.query('INSERT INTO case_number_counters (committee_id, year, next) VALUES ($1, 2026, 7)', [
      COMMITTEE,
    ]);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const station = <T>(fn: (q: Queryable) => Promise<T>) => asDevice(db, DEV.station, fn);
  const caseIds = async (q: Queryable, table: 'entity_rows' | 'change_log') =>
    (await q.query<{ id: string }>(`SELECT DISTINCT id FROM ${table} WHERE entity = 'case' ORDER BY id`)).rows
      .map((r) => r.id)
      .sort();
  const refused = { code: '42501' };

  it('runs a device transaction as the restricted role, not as the owner', async () => {
    const who = await station((q) => q.query<{ u: string }>('SELECT current_user AS u'));
    expect(who.rows[0]?.u).toBe(DEVICE_ROLE);
    const after = await db.query<{ u: string }>('SELECT current_user AS u');
    expect(after.rows[0]?.u).not.toBe(DEVICE_ROLE);
  });

  it('shows a station only its own cases and the case granted to it, in rows and feed alike', async () => {
    const mine = [CASE.station, CASE.mediation, CASE.transferred].sort();
    expect(await station((q) => caseIds(q, 'entity_rows'))).toEqual(mine);
    expect(await station((q) => caseIds(q, 'change_log'))).toEqual(mine);
    const offices = await station((q) =>
      q.query<{ office_id: string }>('SELECT DISTINCT office_id FROM change_log'),
    );
    expect(offices.rows.map((r) => r.office_id)).not.toContain(OTHER_STATION);
    const committeeRows = await station((q) =>
      q.query<{ entity: string; case_id: string | null }>(
        'SELECT entity, case_id FROM entity_rows WHERE office_id = $1',
        [COMMITTEE],
      ),
    );
    // From the committee: its office and staff rows, and only the transferred case's rows.
    for (const r of committeeRows.rows)
      expect(r.case_id === CASE.transferred || ['office', 'staff'].includes(r.entity)).toBe(true);
    const staff = await station((q) =>
      q.query<{ id: string }>("SELECT id FROM entity_rows WHERE entity = 'staff'"),
    );
    expect(staff.rows.map((r) => r.id).sort()).toEqual([U.admin, U.med1].sort());
  });

  it('shows the committee every case of its stations', async () => {
    const all = [CASE.station, CASE.other, CASE.committee, CASE.mediation, CASE.transferred].sort();
    expect(await asDevice(db, DEV.committee, (q) => caseIds(q, 'entity_rows'))).toEqual(all);
  });

  it('shows nothing when the role is taken without naming offices', async () => {
    const r = await db.tx(async (q) => {
      await q.query(`SET LOCAL ROLE ${DEVICE_ROLE}`);
      return q.query('SELECT 1 FROM entity_rows UNION ALL SELECT 1 FROM change_log');
    });
    expect(r.rowCount).toBe(0);
  });

  it("refuses a new row in another office, or in the committee's office outside a transfer", async () => {
    const row = (officeId: string, id: string) =>
      station((q) =>
        q.query(
          `INSERT INTO entity_rows (entity, id, office_id, case_id, data, row_seq) VALUES ('case', $1, $2, $1, '{}', 1)`,
          [id, officeId],
        ),
      );
    await expect(row(OTHER_STATION, 'forged-1')).rejects.toMatchObject(refused);
    await expect(row(COMMITTEE, 'forged-2')).rejects.toMatchObject(refused);
    await expect(
      station((q) =>
        q.query(
          `INSERT INTO change_log (seq, tx_last, entity, id, office_id, op, row_seq, field_seqs)
           VALUES (999999, true, 'case', 'forged-3', $1, 'upsert', 999999, '{}')`,
          [OTHER_STATION],
        ),
      ),
    ).rejects.toMatchObject(refused);
  });

  it('leaves rows of other offices untouched by UPDATE and DELETE, and keeps own rows in their office', async () => {
    const before = await allRows(db);
    const hit = await station(async (q) => {
      const u = await q.query("UPDATE entity_rows SET data = '{}' WHERE id = ANY($1::text[])", [
        [CASE.other, CASE.committee, CASE.transferred],
      ]);
      const d = await q.query('DELETE FROM entity_rows WHERE office_id <> $1', [STATION]);
      return u.rowCount + d.rowCount;
    });
    expect(hit).toBe(0);
    expect(await allRows(db)).toBe(before);
    await expect(
      station((q) =>
        q.query('UPDATE entity_rows SET office_id = $2 WHERE id = $1', [CASE.station, OTHER_STATION]),
      ),
    ).rejects.toMatchObject(refused);
    // Into the committee, where the station may read staff rows but not write them.
    await expect(
      station((q) => q.query('UPDATE entity_rows SET office_id = $2 WHERE id = $1', [U.med1, COMMITTEE])),
    ).rejects.toMatchObject(refused);
  });

  it('stops the application writer itself from writing into another office', async () => {
    const write = (id: string, officeId: string) =>
      station((q) =>
        appendChanges(q, [
          {
            entity: 'case',
            id,
            officeId,
            caseId: id,
            op: 'upsert',
            data: { id, officeId },
            fields: ['id', 'officeId'],
            deleted: null,
            clientId: DEV.station,
            mutationId: 99,
          },
        ]),
      );
    // A new row elsewhere, and an existing case of another station taken over under the station's office.
    await expect(write('forged-4', OTHER_STATION)).rejects.toMatchObject(refused);
    await expect(write(CASE.other, STATION)).rejects.toMatchObject(refused);
  });

  it("keeps outcomes, client rows, grants, audit and counters to the device's own", async () => {
    await station(async (q) => {
      const outcomes = await q.query<{ client_id: string }>(
        'SELECT DISTINCT client_id FROM mutation_outcomes',
      );
      expect(outcomes.rows.map((r) => r.client_id)).toEqual([DEV.station]);
      const clients = await q.query<{ client_id: string }>('SELECT client_id FROM sync_clients');
      expect(clients.rows.map((r) => r.client_id)).toEqual([DEV.station]);
      const moved = await q.query('UPDATE sync_clients SET last_mutation_id = 0 WHERE client_id <> $1', [
        DEV.station,
      ]);
      expect(moved.rowCount).toBe(0);
      const audit = await q.query<{ office_id: string }>('SELECT DISTINCT office_id FROM audit_log');
      expect(audit.rows.map((r) => r.office_id)).toEqual([STATION]);
      const grants = await q.query<{ case_id: string }>('SELECT case_id FROM case_grants');
      expect(grants.rows.map((r) => r.case_id)).toEqual([CASE.transferred]);
      const counters = await q.query('SELECT 1 FROM case_number_counters');
      expect(counters.rowCount).toBe(0);
      const bumped = await q.query('UPDATE case_number_counters SET next = next + 1');
      expect(bumped.rowCount).toBe(0);
    });
    // Who made a change and on which device is read through sync_change_origin: for the station's own changes
    // only, never another office's (whose outcome rows it cannot otherwise see).
    const seqOf = async (caseId: string) =>
      Number(
        (
          await db.query<{ seq: string }>(
            "SELECT max(seq) AS seq FROM change_log WHERE entity = 'case' AND id = $1",
            [caseId],
          )
        ).rows[0]?.seq,
      );
    const origin = (seq: number) =>
      station((q) => q.query<{ client_id: string }>('SELECT client_id FROM sync_change_origin($1)', [seq]));
    expect((await origin(await seqOf(CASE.station))).rows.map((r) => r.client_id)).toEqual([DEV.station]);
    expect((await origin(await seqOf(CASE.other))).rowCount).toBe(0);
    const attempts: [string, readonly unknown[]][] = [
      [
        "INSERT INTO mutation_outcomes (client_id, mutation_id, name, outcome) VALUES ($1, 99, 'x', 'applied')",
        [DEV.other],
      ],
      ['INSERT INTO case_grants (case_id, office_id) VALUES ($1, $2)', [CASE.other, STATION]],
      ["INSERT INTO audit_log (office_id, action, hash) VALUES ($1, 'x', 'x')", [OTHER_STATION]],
      ['INSERT INTO case_number_counters (committee_id, year, next) VALUES ($1, 2027, 1)', [COMMITTEE]],
      // Append-only and token tables: no privilege at all.
      ["UPDATE audit_log SET action = 'x' WHERE office_id = $1", [STATION]],
      ['DELETE FROM change_log WHERE office_id = $1', [STATION]],
      ['SELECT token_hash FROM devices WHERE client_id = $1', [DEV.station]],
    ];
    for (const [sql, values] of attempts)
      await expect(
        station((q) => q.query(sql, values)),
        sql,
      ).rejects.toMatchObject(refused);
  });
});
