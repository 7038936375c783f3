import type { RoundResult } from '../../shared/sync/engine';
import { ackedExactlyOnce, type ClientAck } from '../soak/invariants';
import { benchDesktop } from './bench-desktop';
import { desktopAcks, desktopUndecided } from './desktop-state';
import { formatTable } from './report';
import { registration } from './registration-rows';
import { startFleet } from './server-process';
import type { SyncBenchOptions } from './sync-bench-options';
import { enrolWireClient, type WireClient } from './wire-client';

/**
 * 重启恢复 (docs/sync.md §4.3 "restart to serving"): the real server process on PostgreSQL, 10 simulated clients
 * pushing registrations in batches of 5 and two real desktops registering through their sync loops (with the
 * change stream), is killed with SIGKILL under that load and started again at once on the same port. Measured:
 * kill → GET /health answers, and kill → the first push acknowledged again. Checked: every outcome a client
 * was given (before the kill or after) is on the server exactly once with the same outcome, and the desktops
 * carry on from their cursors — no round after the restart needed a re-snapshot and no cursor went back.
 */
const WIRE_CLIENTS = 10;
/** Long enough under load for batches to be acknowledged before the kill (a batch of 5 waits behind 11 others). */
const LOAD_MS = 8_000;
const BATCH = 5;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runRecoveryBench(_o: SyncBenchOptions): Promise<object> {
  const fleet = await startFleet(1);
  const slot = fleet.slots[0];
  if (slot === undefined) throw new Error('no server');
  const url = slot.url;
  const desktops = [
    await benchDesktop(url, { changeStream: true }),
    await benchDesktop(url, { changeStream: true }),
  ];
  try {
    const clients: WireClient[] = [];
    for (let i = 0; i < WIRE_CLIENTS; i++)
      clients.push(await enrolWireClient(url, `bench-recovery-${i}`, 'admin'));
    await Promise.all(desktops.map((d) => d.loop.runNow()));

    let stop = false;
    let killedAt = 0;
    let firstAckAt = 0;
    const rounds: { at: number; desktop: number; r: RoundResult | null; cursor: number }[] = [];
    desktops.forEach((d, i) =>
      d.afterRound.add((r) => rounds.push({ at: now(), desktop: i, r, cursor: d.cursor() })),
    );
    const pushers = clients.map(async (c) => {
      while (!stop) {
        while (c.queue.length < BATCH) c.enqueue((id) => registration(c.clientId, id, id));
        const r = await c.push(url, BATCH);
        if (r.ok && killedAt > 0 && firstAckAt === 0) firstAckAt = now();
        if (!r.ok) await sleep(50);
      }
    });
    const writers = desktops.map(async (d) => {
      while (!stop) {
        d.register();
        await sleep(300);
      }
    });

    await sleep(LOAD_MS);
    const ackedBeforeKill = clients.reduce((n, c) => n + c.acked.size, 0);
    const cursorsBefore = desktops.map((d) => d.cursor());
    killedAt = now();
    await slot.kill();
    await slot.start();
    const healthyAt = now();
    while (firstAckAt === 0) await sleep(10);
    await sleep(LOAD_MS);
    stop = true;
    await Promise.all([...pushers, ...writers]);

    // Drain: every client's queue to the server, every desktop's outbox decided.
    for (const c of clients) while (c.queue.length > 0) if (!(await c.push(url, 50)).ok) await sleep(100);
    for (const d of desktops) for (let i = 0; i < 20 && desktopUndecided(d) > 0; i++) await d.loop.runNow();
    const final = await Promise.all(desktops.map((d) => d.sync()));

    const acks: ClientAck[] = [
      ...clients.flatMap((c) =>
        [...c.acked.values()].map((o) => ({ clientId: c.clientId, mutationId: o.id, outcome: o.outcome })),
      ),
      ...desktops.flatMap(desktopAcks),
    ];
    const server = await fleet.db.query<{ client_id: string; mutation_id: string; outcome: string }>(
      'SELECT client_id, mutation_id, outcome FROM mutation_outcomes',
    );
    const audit = await fleet.db.query<{ client_id: string; mutation_id: string }>(
      'SELECT client_id, mutation_id FROM audit_log WHERE client_id IS NOT NULL AND mutation_id IS NOT NULL',
    );
    const violations = ackedExactlyOnce(
      acks,
      server.rows.map((r) => ({
        clientId: r.client_id,
        mutationId: Number(r.mutation_id),
        outcome: r.outcome,
      })),
      audit.rows.map((r) => ({ clientId: r.client_id, mutationId: Number(r.mutation_id) })),
    );
    const after = rounds.filter((x) => x.at > killedAt && x.r !== null);
    const resnapshots = [
      ...after.map((x) => x.r?.resnapshots ?? []),
      ...final.map((r) => r.resnapshots),
    ].flat();
    const firstAfter = desktops.map((_, i) => after.find((x) => x.desktop === i)?.cursor ?? 0);
    const cursorWentBack = firstAfter.some((c, i) => c < (cursorsBefore[i] ?? 0));

    const healthyMs = healthyAt - killedAt;
    const ackMs = firstAckAt - killedAt;
    process.stdout.write(
      `服务器进程在负载下被 SIGKILL 后立即重启（PostgreSQL；${WIRE_CLIENTS} 个模拟客户端 + 2 台真实桌面）\n\n${formatTable(
        ['figure', 'measured', 'target'],
        [
          ['kill -9 → /health 正常', `${(healthyMs / 1000).toFixed(2)} s`, '≤ 10 s'],
          ['kill -9 → 首个推送被确认', `${(ackMs / 1000).toFixed(2)} s`, '≤ 10 s'],
          ['kill 前已确认的修改', `${ackedBeforeKill} 条`, ''],
          ['全部已确认的修改（含桌面）', `${acks.length} 条`, ''],
          ['重启后的桌面同步轮次', `${after.length} 轮`, ''],
          ['需要重新快照', `${resnapshots.length} 次`, '0'],
          ['游标回退', cursorWentBack ? '是' : '否', '否'],
          ['不变量违例', `${violations.length}`, '0'],
        ],
      )}\n${violations
        .slice(0, 20)
        .map((v) => `  ✗ ${v.invariant}：${v.detail}\n`)
        .join('')}`,
    );
    return {
      kind: 'sync-recovery',
      restartToHealthyMs: healthyMs,
      restartToFirstAckMs: ackMs,
      ackedBeforeKill,
      acked: acks.length,
      roundsAfterRestart: after.length,
      resnapshots: resnapshots.length,
      cursorWentBack,
      violations,
    };
  } finally {
    for (const d of desktops) d.close();
    await fleet.dispose();
  }
}
