/**
 * 同步基准的基本部分（`npm run bench:sync -- --only base`）: a real sync server on loopback (HTTP through fetch)
 * over a fresh database, and each figure beside its floor — the same storage work done directly in SQL, without
 * HTTP, validation, re-planning or scope checks:
 *   - 单条推送: one mutation per push request (登记请假, re-planned by the server) vs. writing its row directly;
 *   - 增量拉取: a pull of 100 changes vs. selecting those 100 feed rows;
 *   - 持续推送: registrations pushed 50 per request, in mutations/s, vs. writing the same rows directly;
 *   - 首次同步（服务器侧）: the whole feed of --cases registrations pulled page by page, in rows/s, vs. reading it.
 * Medians and p95 in milliseconds. Never asserted, never fails.
 */
import type { WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import { openTestDb } from '../../server/testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, syncApp } from '../../server/testing/sync-fixture';
import { registerMutation, uid } from '../../server/testing/wire-builders';
import { commitRows, type RowWrite } from '../../server/sync/rows';
import { formatTable, metricsTable, type MetricRow } from './report';
import type { SyncBenchOptions } from './sync-bench-options';
import { summarize } from './timing';

const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;
const AT = '2026-11-25T02:00:00.000Z';
const CLIENT = 'bench-sync-device';

const leaveId = (n: number) => uid(`bench-leave-${n}`);
const leaveRow = (n: number) => ({
  id: leaveId(n),
  officeId: COMMITTEE,
  staffId: U.admin,
  kind: 'leave',
  fromDate: '2026-12-01',
  toDate: '2026-12-01',
  note: null,
  createdAt: AT,
  createdBy: U.admin,
});
const leaveMutation = (id: number, n: number): WireMutation => ({
  id,
  name: 'staff.recordLeave',
  version: 1,
  args: { id: leaveId(n), staffId: U.admin, kind: 'leave', from: '2026-12-01', to: '2026-12-01' },
  bases: [],
  changes: [{ entity: 'leave', id: leaveId(n), op: 'upsert', created: true, bases: {}, row: leaveRow(n) }],
  hlc: `${String(id).padStart(12, '0')}-0000-bench`,
  deviceTime: AT,
  userId: U.admin,
});

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function runBaseBench(o: SyncBenchOptions): Promise<object> {
  const db = await openTestDb(o.db);
  await seedOffices(db);
  const app = await syncApp(db);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const auth = await enrolDevice(app, CLIENT, 'admin');
  const headers = { authorization: auth, 'content-type': 'application/json' };
  let nextId = 1;
  let leaves = 0;
  const push = async (mutations: WireMutation[]) => {
    const r = await fetch(`${base}/sync/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ protocolVersion: 1, clientId: CLIENT, schemaVersion: SCHEMA, mutations }),
    });
    if (!r.ok) throw new Error(`push ${r.status}: ${await r.text()}`);
    const body = (await r.json()) as { results: { outcome: string; reason?: string }[] };
    const bad = body.results.find((x) => x.outcome === 'rejected');
    if (bad) throw new Error(`push rejected: ${bad.reason ?? ''}`);
  };
  const pull = async (cursor: number, limit: number) => {
    const r = await fetch(
      `${base}/sync/pull?clientId=${CLIENT}&cursor=${cursor}&limit=${limit}&schemaVersion=${SCHEMA}`,
      { headers: { authorization: auth } },
    );
    if (!r.ok) throw new Error(`pull ${r.status}: ${await r.text()}`);
    return (await r.json()) as { rows: unknown[]; cursor: number; more: boolean };
  };
  const head = async () =>
    Number(
      (await db.query<{ s: string }>('SELECT coalesce(max(seq), 0) AS s FROM change_log')).rows[0]?.s ?? 0,
    );

  // 单条推送 vs. the row written directly.
  const pushMs: number[] = [];
  const pushFloorMs: number[] = [];
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const n = leaves++;
    const app1 = await timeAsync(() => push([leaveMutation(nextId++, n)]));
    const m = leaves++;
    const floor1 = await timeAsync(() =>
      db.tx(async (q) => {
        await commitRows(
          q,
          [
            {
              entity: 'leave',
              id: leaveId(m),
              officeId: COMMITTEE,
              caseId: null,
              data: leaveRow(m),
              changed: '*',
              deleted: null,
            },
          ],
          { clientId: null, mutationId: null },
        );
      }),
    );
    if (i >= o.warmup) {
      pushMs.push(app1);
      pushFloorMs.push(floor1);
    }
  }

  // 增量拉取 of 100 changes vs. selecting them.
  const pullMs: number[] = [];
  const pullFloorMs: number[] = [];
  const top = await head();
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const from = Math.max(0, top - 100 - (i % 50));
    const a = await timeAsync(async () => void (await pull(from, 100)));
    const f = await timeAsync(async () => {
      await db.query('SELECT * FROM change_log WHERE seq > $1 ORDER BY seq LIMIT 100', [from]);
    });
    if (i >= o.warmup) {
      pullMs.push(a);
      pullFloorMs.push(f);
    }
  }

  // 持续推送: the registrations of the first-sync fixture, 50 per request.
  const start = await head();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < o.cases; i += 50) {
    const batch: WireMutation[] = [];
    for (let k = i; k < Math.min(o.cases, i + 50); k++)
      batch.push(
        registerMutation(nextId++, {
          caseId: uid(`bench-case-${k}`),
          officeId: COMMITTEE,
          userId: U.admin,
          kind: 'arbitration',
        }),
      );
    await push(batch);
  }
  const pushAllMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Its floor: the same registrations' rows (as the desktop captured them) written directly, 50 per transaction.
  const tf = process.hrtime.bigint();
  for (let i = 0; i < o.cases; i += 50) {
    const writes: RowWrite[] = [];
    for (let k = i; k < Math.min(o.cases, i + 50); k++) {
      const caseId = uid(`bench-floor-case-${k}`);
      for (const c of registerMutation(0, {
        caseId,
        officeId: COMMITTEE,
        userId: U.admin,
        kind: 'arbitration',
      }).changes)
        writes.push({
          entity: c.entity,
          id: c.id,
          officeId: COMMITTEE,
          caseId,
          data: c.row,
          changed: '*' as const,
          deleted: null,
        });
    }
    await db.tx((q) => commitRows(q, writes, { clientId: null, mutationId: null }).then(() => undefined));
  }
  const pushFloorAllMs = Number(process.hrtime.bigint() - tf) / 1e6;

  // 首次同步（服务器侧）: the whole feed in pages of 1000, vs. reading those rows directly.
  const t1 = process.hrtime.bigint();
  let rows = 0;
  for (let cursor = 0, more = true; more;) {
    const page = await pull(cursor, 1000);
    rows += page.rows.length;
    cursor = page.cursor;
    more = page.more;
  }
  const pullAllMs = Number(process.hrtime.bigint() - t1) / 1e6;
  const t2 = process.hrtime.bigint();
  for (let cursor = 0; ;) {
    const r = await db.query<{ seq: string }>(
      'SELECT * FROM change_log WHERE seq > $1 ORDER BY seq LIMIT 1000',
      [cursor],
    );
    if (r.rows.length === 0) break;
    cursor = Number(r.rows[r.rows.length - 1]?.seq);
  }
  const readAllMs = Number(process.hrtime.bigint() - t2) / 1e6;
  const registered = (await head()) - start;

  await app.close();
  await db.close();

  const metrics: MetricRow[] = [
    { key: 'push_one', label: '单条推送（登记请假）', app: summarize(pushMs), floor: summarize(pushFloorMs) },
    { key: 'pull_100', label: '增量拉取 100 条', app: summarize(pullMs), floor: summarize(pullFloorMs) },
  ];
  const perSecond = (n: number, msTotal: number) => (n / (msTotal / 1000)).toFixed(0);
  process.stdout.write(
    `同步基准（${o.db}，${o.runs} 次计时，预热 ${o.warmup} 次）\n\n${metricsTable(metrics)}\n\n`,
  );
  process.stdout.write(
    `${formatTable(
      ['throughput', 'total ms', 'per second', 'floor per second'],
      [
        [
          `持续推送 ${o.cases} 件登记（每次 50 件）`,
          pushAllMs.toFixed(0),
          `${perSecond(o.cases, pushAllMs)} 件/秒`,
          `${perSecond(o.cases, pushFloorAllMs)} 件/秒`,
        ],
        [
          `首次同步：拉取 ${rows} 行`,
          pullAllMs.toFixed(0),
          `${perSecond(rows, pullAllMs)} 行/秒`,
          `${perSecond(rows, readAllMs)} 行/秒`,
        ],
      ],
    )}\n`,
  );
  return {
    kind: 'sync',
    db: o.db,
    cases: o.cases,
    runs: o.runs,
    metrics: Object.fromEntries(metrics.map((m) => [m.key, { app: m.app, floor: m.floor }])),
    pushThroughput: { mutations: o.cases, totalMs: pushAllMs, floorMs: pushFloorAllMs, feedRows: registered },
    firstSync: { rows, totalMs: pullAllMs, floorMs: readAllMs },
  };
}
