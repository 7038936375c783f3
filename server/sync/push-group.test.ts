import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { verifyAuditChains } from '../admin/verify-audit';
import { documentMutation } from '../testing/blob-fixture';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, OTHER_STATION, STATION, U, seedOffices, syncApp } from '../testing/sync-fixture';
import { CASE, DEV, allRows, pushVia, seedScopeScenario } from '../testing/scope-scenario';
import { mediationFailedMutation, registerMutation, transferMutation, uid } from '../testing/wire-builders';
import { GROUP_SIZE } from './push-run';
import { pushNext } from './push-one';
import { loadClientScope } from './scope';
import { DEVICE_ROLE, allowNewOffices, allowTransferCase, enterDeviceScope } from './device-scope';

/*
 * Group commit (push-run.ts): a batch's mutations share transactions, GROUP_SIZE at a time, and nothing a device
 * can observe changes — outcomes, rows, feed, audit chains are those of one transaction per mutation; a write the
 * row-level security policies refuse costs only that mutation; a gap or a file not yet uploaded stops the batch
 * after what came before, committed.
 */

/** A batch longer than a group: registrations, each followed by 调解不成 on the case it registered. */
function batch(first: number, tag: string): WireMutation[] {
  const ms: WireMutation[] = [];
  for (let k = 0; ms.length < GROUP_SIZE + 3; k++) {
    const caseId = uid(`${tag}-${k}`);
    const reg = registerMutation(first + ms.length, { caseId, officeId: STATION, userId: U.med1 });
    ms.push(reg);
    // Reads the case the mutation before it wrote, in the same transaction.
    ms.push(
      mediationFailedMutation(first + ms.length, {
        userId: U.med1,
        caseId,
        officeId: STATION,
        eventId: uid(`${tag}-failed-${k}`),
      }),
    );
  }
  return ms;
}

describe.each(DB_KINDS)('group commit on %s', (kind) => {
  const opened: { db: ServerDb; app: FastifyInstance }[] = [];
  const scenario = async () => {
    const db = await openTestDb(kind);
    await seedOffices(db);
    const app = await syncApp(db);
    opened.push({ db, app });
    const dev = await seedScopeScenario(app);
    return { db, app, auth: dev.station.auth, next: dev.station.next };
  };
  afterAll(async () => {
    for (const { db, app } of opened) {
      await app.close();
      await db.close();
    }
  });

  /** What a device and an auditor can see, without the wall-clock times. */
  const observed = async (db: ServerDb) => ({
    rows: await allRows(db),
    feed: (
      await db.query(
        `SELECT seq, tx_last, entity, id, office_id, op, data, client_id, mutation_id FROM change_log ORDER BY seq`,
      )
    ).rows,
    outcomes: (
      await db.query(
        'SELECT client_id, mutation_id, outcome, seq, code, reason, conflicts FROM mutation_outcomes ORDER BY 1, 2',
      )
    ).rows,
    audit: (
      await db.query(
        'SELECT office_id, chain, client_id, mutation_id, action, detail FROM audit_log ORDER BY id',
      )
    ).rows,
    position: (await db.query('SELECT client_id, last_mutation_id FROM sync_clients ORDER BY 1')).rows,
  });

  let grouped: Awaited<ReturnType<typeof scenario>>;
  let single: Awaited<ReturnType<typeof scenario>>;
  beforeAll(async () => {
    grouped = await scenario();
    single = await scenario();
  });

  it('leaves the outcomes, rows, feed and audit chains of one transaction per mutation', async () => {
    const ms = batch(grouped.next, 'same');
    const all = await pushVia(grouped.app, grouped.auth, DEV.station, ms);
    const alone: PushResponse['results'] = [];
    for (const m of ms) alone.push(...(await pushVia(single.app, single.auth, DEV.station, [m])).results);
    expect(all.results.map((r) => r.outcome)).toEqual(ms.map(() => 'applied'));
    expect(all.results).toEqual(alone);
    expect(all.lastMutationId).toBe(ms[ms.length - 1]?.id);
    expect(await observed(grouped.db)).toEqual(await observed(single.db));
    for (const s of [grouped, single])
      expect((await verifyAuditChains(s.db)).filter((c) => c.broken !== null)).toEqual([]);
    // The whole batch again, as after a lost response: the stored outcomes, byte for byte, and nothing written.
    const before = await observed(grouped.db);
    const again = await pushVia(grouped.app, grouped.auth, DEV.station, ms);
    expect(JSON.stringify(again)).toBe(JSON.stringify(all));
    expect(await observed(grouped.db)).toEqual(before);
    grouped.next = single.next = ms.length + grouped.next;
  });

  it('records a write refused by row-level security as rejected and applies the rest of its group', async () => {
    const n = grouped.next;
    const ms = [
      registerMutation(n, { caseId: uid('refused-before'), officeId: STATION, userId: U.med1 }),
      // Another station's case taken over as a new case of this one: the database refuses it (sync-attacks).
      registerMutation(n + 1, { caseId: CASE.other, officeId: STATION, userId: U.med1 }),
      registerMutation(n + 2, { caseId: uid('refused-after'), officeId: STATION, userId: U.med1 }),
      // Outside the station's offices: the application's own check refuses it.
      registerMutation(n + 3, { caseId: uid('refused-office'), officeId: OTHER_STATION, userId: U.med1 }),
      registerMutation(n + 4, { caseId: uid('refused-last'), officeId: STATION, userId: U.med1 }),
    ];
    const r = await pushVia(grouped.app, grouped.auth, DEV.station, ms);
    expect(r.results.map((o) => [o.id, o.outcome, o.code])).toEqual([
      [n, 'applied', undefined],
      [n + 1, 'rejected', 'not_authorized'],
      [n + 2, 'applied', undefined],
      [n + 3, 'rejected', 'not_authorized'],
      [n + 4, 'applied', undefined],
    ]);
    expect(r.results[1]?.reason).toBe('数据库拒绝了该写入：记录不在本设备可办理的范围内');
    expect(r.lastMutationId).toBe(n + 4);
    const other = await grouped.db.query<{ office_id: string }>(
      "SELECT office_id FROM entity_rows WHERE entity = 'case' AND id = $1",
      [CASE.other],
    );
    expect(other.rows.map((x) => x.office_id)).toEqual([OTHER_STATION]);
    expect((await verifyAuditChains(grouped.db)).filter((c) => c.broken !== null)).toEqual([]);
    const again = await pushVia(grouped.app, grouped.auth, DEV.station, ms);
    expect(JSON.stringify(again)).toBe(JSON.stringify(r));
    grouped.next = n + 5;
  });

  it('stops at a gap in the middle of a group, with what came before committed', async () => {
    const n = grouped.next;
    const ms = [
      registerMutation(n, { caseId: uid('gap-1'), officeId: STATION, userId: U.med1 }),
      registerMutation(n + 1, { caseId: uid('gap-2'), officeId: STATION, userId: U.med1 }),
      registerMutation(n + 3, { caseId: uid('gap-4'), officeId: STATION, userId: U.med1 }),
    ];
    const r = await pushVia(grouped.app, grouped.auth, DEV.station, ms);
    expect(r.results.map((o) => [o.id, o.outcome])).toEqual([
      [n, 'applied'],
      [n + 1, 'applied'],
    ]);
    expect(r.lastMutationId).toBe(n + 1);
    const pos = await grouped.db.query<{ last_mutation_id: number }>(
      'SELECT last_mutation_id FROM sync_clients WHERE client_id = $1',
      [DEV.station],
    );
    expect(pos.rows[0]?.last_mutation_id).toBe(n + 1);
    grouped.next = n + 2;
  });

  it('stops at a mutation whose file is not uploaded, with what came before committed', async () => {
    const n = grouped.next;
    const caseId = uid('wait-case');
    const ms = [
      registerMutation(n, { caseId, officeId: STATION, userId: U.med1 }),
      // A file the server has never received: the push waits for it (sync §2.5).
      documentMutation(n + 1, { caseId, officeId: STATION, userId: U.med1, sha: 'c'.repeat(64), size: 10 }),
      registerMutation(n + 2, { caseId: uid('wait-after'), officeId: STATION, userId: U.med1 }),
    ];
    const r = await pushVia(grouped.app, grouped.auth, DEV.station, ms);
    expect(r.results.map((o) => [o.id, o.outcome])).toEqual([[n, 'applied']]);
    expect(r.lastMutationId).toBe(n);
    const stored = await grouped.db.query("SELECT id FROM entity_rows WHERE entity = 'case' AND id = $1", [
      uid('wait-after'),
    ]);
    expect(stored.rows).toEqual([]);
    expect((await verifyAuditChains(grouped.db)).filter((c) => c.broken !== null)).toEqual([]);
    grouped.next = n + 1;
  });

  it("keeps a transfer's widened scope to its own mutation of the group", async () => {
    const n = grouped.next;
    const mediation = uid('group-mediation');
    const transferred = uid('group-transferred');
    const r = await pushVia(grouped.app, grouped.auth, DEV.station, [
      registerMutation(n, { caseId: mediation, officeId: STATION, userId: U.med1 }),
      mediationFailedMutation(n + 1, {
        userId: U.med1,
        caseId: mediation,
        officeId: STATION,
        eventId: uid('group-mediation-failed'),
      }),
      transferMutation(n + 2, {
        userId: U.med1,
        mediationCaseId: mediation,
        stationId: STATION,
        committeeId: COMMITTEE,
        newCaseId: transferred,
        eventId: uid('group-transfer-event'),
      }),
      // The next mutation of the same transaction writes into the committee's office: refused.
      registerMutation(n + 3, { caseId: uid('group-into-committee'), officeId: COMMITTEE, userId: U.med1 }),
    ]);
    expect(r.results.map((o) => [o.outcome, o.code])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
      ['applied', undefined],
      ['rejected', 'not_authorized'],
    ]);
  });

  it('enters the scope again before each later mutation of a group, undoing what the one before widened', async () => {
    const rollback = new Error('rolled back on purpose');
    const seen = await grouped.db
      .tx(async (q) => {
        const scope = await loadClientScope(q, DEV.station);
        if (scope === null) throw new Error('no scope');
        await enterDeviceScope(q, scope);
        // What a transfer and a new station leave in their transaction (push-apply.ts).
        await allowTransferCase(q, CASE.other);
        await allowNewOffices(q, scope, [OTHER_STATION]);
        // The next mutation of the group: a resent one, which reads its stored outcome and writes nothing.
        const m = registerMutation(1, { caseId: CASE.station, officeId: STATION, userId: U.med1 });
        const r = await pushNext(q, { clientId: DEV.station, staffId: U.med1 }, m, {
          device: { client: { offices: [], author: null, authorId: U.med1 }, scope },
          lmid: grouped.next - 1,
          commit: false,
        });
        expect(r.kind).toBe('done');
        const s = await q.query<{ transfer: string; write: string; role: string }>(
          `SELECT current_setting('app.transfer_case') AS transfer, current_setting('app.write_offices') AS write,
             current_user AS role`,
        );
        throw Object.assign(rollback, { seen: { ...s.rows[0], scope: scope.writeOffices.join(',') } });
      })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
        return (e as Error & { seen: unknown }).seen;
      });
    expect(seen).toMatchObject({ transfer: '', role: DEVICE_ROLE });
    const { write, scope } = seen as { write: string; scope: string };
    expect(write).toBe(scope);
  });
});
