import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import { hashPassword } from '../auth/password';
import { migrateServerDb } from '../db/migrate';
import { openPostgres } from '../db/pg';
import type { ServerDb } from '../db/types';
import { createTestDatabase } from '../testing/test-db';
import { startServer, type RunningServer } from '../testing/spawn-server';
import { COMMITTEE, STATION, U, seedOffices, staffRow } from '../testing/sync-fixture';
import { SCHEMA } from '../testing/scope-scenario';
import { acceptMutation, registerMutation, uid } from '../testing/wire-builders';
import { verifyAuditChains } from '../admin/verify-audit';
import { commitRows } from './rows';

/**
 * Two real server processes on one PostgreSQL database (issue 11 item 11): the server keeps no state of its
 * own, so devices may reach either. Many committee desktops register and accept cases at once, each request
 * going to one process or the other; the official 案号 stay unique and gapless, the feed has no holes, and
 * every mutation has exactly one outcome. A commit on one process pokes a change stream open on the other.
 */
const DEVICES = 8;
const CASES_PER_DEVICE = 3;

describe('two server processes on one PostgreSQL database', () => {
  let pgdb: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: ServerDb;
  const servers: RunningServer[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    pgdb = await createTestDatabase();
    db = await openPostgres(pgdb.url);
    await migrateServerDb(db);
    await seedOffices(db);
    // The processes check passwords for real: give the users real hashes.
    const real = (id: string, office: string, name: string, roles: string[]) => {
      const row = staffRow(id, office, name, roles);
      return { ...row, data: { ...row.data, passwordHash: hashPassword(`pw-${name}`) } };
    };
    await db.tx((q) =>
      commitRows(
        q,
        [
          real(U.admin, COMMITTEE, 'admin', ['admin', 'director', 'clerk', 'arbitrator']),
          real(U.med1, STATION, 'med1', ['mediator']),
        ],
        { clientId: null, mutationId: null },
      ),
    );
    for (let i = 0; i < 2; i++) servers.push(startServer(['--port', '0', '--database-url', pgdb.url]));
    urls.push(...(await Promise.all(servers.map((s) => s.url))));
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGTERM');
    // Both stop cleanly although a change stream is still open on the second.
    expect(await Promise.all(servers.map((s) => s.exit))).toEqual([0, 0]);
    await db?.close();
    await pgdb?.drop();
  }, 60_000);

  const url = (i: number) => urls[i % 2] ?? '';
  const enrol = async (via: number, clientId: string, username: string): Promise<string> => {
    const r = await fetch(`${url(via)}/sync/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, username, password: `pw-${username}` }),
    });
    expect(r.status, await r.clone().text()).toBe(200);
    return `Bearer ${((await r.json()) as { token: string }).token}`;
  };
  const push = async (via: number, auth: string, clientId: string, m: WireMutation) => {
    const r = await fetch(`${url(via)}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ protocolVersion: 1, clientId, schemaVersion: SCHEMA, mutations: [m] }),
    });
    expect(r.status, await r.clone().text()).toBe(200);
    return ((await r.json()) as PushResponse).results[0];
  };
  const caseRow = async (id: string) => {
    const r = await db.query<{ data: Record<string, unknown>; row_seq: number }>(
      "SELECT data, row_seq FROM entity_rows WHERE entity = 'case' AND id = $1",
      [id],
    );
    return { data: r.rows[0]?.data ?? {}, rowSeq: Number(r.rows[0]?.row_seq) };
  };

  it('pokes a change stream on one process after a commit on the other', async () => {
    const watcher = await enrol(1, 'dev-watch', 'admin');
    const writer = await enrol(0, 'dev-write', 'med1');
    const stream = await fetch(`${url(1)}/sync/events`, { headers: { authorization: watcher } });
    expect(stream.status).toBe(200);
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream body');
    const decoder = new TextDecoder();
    let seen = '';
    const changed = (async () => {
      while (!seen.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) return false;
        seen += decoder.decode(value, { stream: true });
      }
      return true;
    })();
    const until = (ms: number) => new Promise<false>((r) => setTimeout(() => r(false), ms));
    await until(300); // the stream is subscribed once its first comment arrived; give it a moment
    const started = Date.now();
    const r = await push(
      0,
      writer,
      'dev-write',
      registerMutation(1, { caseId: uid('poke'), officeId: STATION, userId: U.med1 }),
    );
    expect(r?.outcome).toBe('applied');
    expect(await Promise.race([changed, until(5_000)]), seen).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The stream stays open: shutting the processes down must not wait for it.
    void reader.closed.catch(() => undefined);
  }, 60_000);

  it('numbers concurrent acceptances through both processes uniquely and gaplessly, with no feed holes', async () => {
    const devices = Array.from({ length: DEVICES }, (_, i) => `dev-scale-${i}`);
    const auth = await Promise.all(devices.map((d, i) => enrol(i, d, 'admin')));
    const run = async (d: string, i: number) => {
      const outcomes = [];
      for (let k = 0; k < CASES_PER_DEVICE; k++) {
        const caseId = uid(`${d}-case-${k}`);
        // Successive requests of one device alternate between the processes.
        outcomes.push(
          await push(
            i + k,
            auth[i] ?? '',
            d,
            registerMutation(2 * k + 1, {
              caseId,
              officeId: COMMITTEE,
              userId: U.admin,
              kind: 'arbitration',
            }),
          ),
        );
        const c = await caseRow(caseId);
        outcomes.push(
          await push(
            i + k + 1,
            auth[i] ?? '',
            d,
            acceptMutation(2 * k + 2, {
              userId: U.admin,
              caseRow: c.data,
              caseRowSeq: c.rowSeq,
              eventId: uid(`${caseId}-accept`),
              occurredOn: '2026-11-25',
            }),
          ),
        );
      }
      return outcomes;
    };
    const all = (await Promise.all(devices.map(run))).flat();
    expect(
      all.filter((o) => o?.outcome !== 'applied'),
      JSON.stringify(all),
    ).toEqual([]);

    const n = DEVICES * CASES_PER_DEVICE;
    const numbers = await db.query<{ no: string }>(
      "SELECT data->>'officialNo' AS no FROM entity_rows WHERE entity = 'case' AND data->>'kind' = 'arbitration'",
    );
    const seqs = numbers.rows.map((r) => Number(/第(\d+)号/.exec(r.no)?.[1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: n }, (_, i) => i + 1));

    const feed = await db.query<{ n: number; lo: number; hi: number; head: number }>(
      'SELECT count(*)::int AS n, min(seq) AS lo, max(seq) AS hi, sync_watermark() AS head FROM change_log',
    );
    const f = feed.rows[0];
    expect([f?.lo, f?.hi, f?.n]).toEqual([1, f?.head, f?.head]);

    const outcomes = await db.query<{ client_id: string; n: number; lo: number; hi: number; lmid: number }>(
      `SELECT o.client_id, count(*)::int AS n, min(o.mutation_id) AS lo, max(o.mutation_id) AS hi,
              c.last_mutation_id AS lmid
       FROM mutation_outcomes o JOIN sync_clients c USING (client_id)
       WHERE o.client_id LIKE 'dev-scale-%' GROUP BY o.client_id, c.last_mutation_id`,
    );
    expect(outcomes.rows).toHaveLength(DEVICES);
    // Each device's entries extend its own chain, the seed's the office's; all of them verify.
    const chains = await verifyAuditChains(db);
    expect(chains.filter((c) => c.broken !== null)).toEqual([]);
    expect(chains.reduce((n, c) => n + c.entries, 0)).toBeGreaterThanOrEqual(2 * n);
    for (const o of outcomes.rows)
      expect(o, o.client_id).toMatchObject({
        n: 2 * CASES_PER_DEVICE,
        lo: 1,
        hi: 2 * CASES_PER_DEVICE,
        lmid: 2 * CASES_PER_DEVICE,
      });
  }, 120_000);
});
