import { activityLines, sampleActivity } from './pg-activity';
import { cpuPer, cpuSnapshot } from './process-cpu';
import { formatTable } from './report';
import { commitRegistrations, registration } from './registration-rows';
import { startFleet } from './server-process';
import type { SyncBenchOptions } from './sync-bench-options';
import { summarize } from './timing';
import { enrolWireClient, type WireClient } from './wire-client';

/**
 * 并发客户端 (docs/sync.md §4.3 "push throughput" and "push latency"): --clients simulated desktops, each its own
 * enrolled device, push registrations at once to one real server process on PostgreSQL for --seconds. Most push
 * batches of 50 (a desktop catching up), back to back; one in five pushes one mutation per request — a person's
 * edit — and waits --edit-gap ms before the next, and those requests' times are the single-push latency under
 * that load. The gap matters: these clients push in a closed loop, so back to back (gap 0) ten of them are a load
 * of their own, and by Little's law their median time is at least ten divided by the rate the server commits
 * their pushes at — the figure then measures that queue, not how long an edit waits behind the catching-up
 * desktops (docs/sync.md, benchmarks, eighth pass). The first two seconds warm up and are not counted.
 * Throughput is counted where it happens — outcomes the server committed in the window (mutation_outcomes) — since
 * a batch of 50 queued behind 49 other clients may well answer after the window closes.
 * Floors: the same registrations' rows committed directly by 10 concurrent writers (the server's pool size), and
 * one registration's rows committed directly on an idle database.
 */
const BATCH = 50;
const WARMUP_MS = 2_000;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const ms = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)} ms`);

export async function runClientsBench(o: SyncBenchOptions): Promise<object> {
  const fleet = await startFleet(1);
  const url = fleet.slots[0]?.url ?? '';
  try {
    const clients: WireClient[] = [];
    for (let i = 0; i < o.clients; i++)
      clients.push(await enrolWireClient(url, `bench-client-${i}`, 'admin'));
    const probes = new Set(clients.filter((_, i) => i % 5 === 0));
    const start = now();
    const countFrom = start + WARMUP_MS;
    const end = countFrom + o.seconds * 1000;
    let failures = 0;
    const outcomes = async () =>
      Number((await fleet.db.query<{ n: string }>('SELECT count(*) AS n FROM mutation_outcomes')).rows[0]?.n);
    const window = (async () => {
      await new Promise((r) => setTimeout(r, countFrom - now()));
      const serverPid = fleet.slots[0]?.running?.child.pid;
      const cpuBefore = await cpuSnapshot(serverPid, fleet.db);
      const generatorBefore = process.cpuUsage();
      const before = await outcomes();
      const activity = sampleActivity(fleet.db);
      await new Promise((r) => setTimeout(r, end - now()));
      const committed = (await outcomes()) - before;
      const cpu = cpuPer(cpuBefore, await cpuSnapshot(serverPid, fleet.db), committed);
      const used = process.cpuUsage(generatorBefore);
      const generatorMs = committed > 0 ? (used.user + used.system) / 1000 / committed : null;
      return { committed, cpu: { ...cpu, generatorMs }, activity: await activity.stop() };
    })();
    const singleMs: number[] = [];
    const batchMs: number[] = [];
    let requests = 0;
    let stopped = false;
    // Not awaited: at the end of the window the server is killed, and requests still queued there fail.
    void Promise.all(
      clients.map(async (c) => {
        const size = probes.has(c) ? 1 : BATCH;
        while (now() < end && !stopped) {
          while (c.queue.length < size) c.enqueue((id) => registration(c.clientId, id, id));
          const t0 = now();
          const r = await c.push(url, size);
          const t1 = now();
          if (!r.ok) {
            if (!stopped) failures++;
            continue;
          }
          if (t0 >= countFrom && t1 <= end) {
            requests++;
            (size === 1 ? singleMs : batchMs).push(t1 - t0);
          }
          if (size === 1 && o.editGap > 0) await new Promise((r) => setTimeout(r, o.editGap));
        }
      }),
    );
    const measured = await window;
    const perSecond = measured.committed / o.seconds;
    stopped = true;
    // The floors run on the same database with nothing else on it.
    // BENCH_PROFILE: stopped, not killed, so a server run under --cpu-prof (BENCH_SERVER_NODE_ARGS) writes its profile.
    await (process.env['BENCH_PROFILE'] ? fleet.slots[0]?.stop() : fleet.slots[0]?.kill());

    const rejected = clients.reduce(
      (n, c) => n + [...c.acked.values()].filter((x) => x.outcome === 'rejected').length,
      0,
    );
    const floorEnd = now() + Math.min(o.seconds, 10) * 1000;
    let floorCount = 0;
    const floorStart = now();
    await Promise.all(
      Array.from({ length: 10 }, async (_, w) => {
        for (let k = 0; now() < floorEnd; k++) {
          await commitRegistrations(
            fleet.db,
            Array.from({ length: BATCH }, (_, j) => `floor-${w}-${k}-${j}`),
          );
          floorCount += BATCH;
        }
      }),
    );
    const floorPerSecond = floorCount / ((now() - floorStart) / 1000);
    const floorSingleMs: number[] = [];
    for (let k = 0; k < 100; k++) {
      const t0 = now();
      await commitRegistrations(fleet.db, [`floor-single-${k}`]);
      floorSingleMs.push(now() - t0);
    }

    const single = summarize(singleMs);
    const batch = summarize(batchMs);
    const floorSingle = summarize(floorSingleMs);
    process.stdout.write(
      `${o.clients} 个模拟客户端并发推送 ${o.seconds} 秒（PostgreSQL，一个服务器进程；${probes.size} 个每次推 1 条、${o.editGap === 0 ? '紧接着推' : `每次之后等 ${o.editGap} ms`}，其余每次 ${BATCH} 条、紧接着推）\n\n`,
    );
    process.stdout.write(
      `${formatTable(
        ['figure', 'measured', 'target', 'floor', 'ratio'],
        [
          [
            '持续推送（服务器）',
            `${perSecond.toFixed(0)} 条/秒`,
            '≥ 300 条/秒',
            `${floorPerSecond.toFixed(0)} 条/秒`,
            `${(floorPerSecond / perSecond).toFixed(2)}× slower`,
          ],
          [
            '单条推送 p95（负载下）',
            `${single.p95Ms.toFixed(1)} ms`,
            '≤ 50 ms',
            `${floorSingle.p95Ms.toFixed(1)} ms`,
            `${(single.p95Ms / floorSingle.p95Ms).toFixed(2)}×`,
          ],
          [
            '单条推送中位数（负载下）',
            `${single.medianMs.toFixed(1)} ms`,
            '',
            `${floorSingle.medianMs.toFixed(1)} ms`,
            '',
          ],
          ['推送请求（窗口内完成）', `${(requests / o.seconds).toFixed(0)} 个/秒`, '≥ 100 个/秒', '', ''],
          [
            `${BATCH} 条一批 p95（负载下）`,
            batch.runs === 0 ? `无一批在 ${o.seconds} 秒内完成` : `${batch.p95Ms.toFixed(0)} ms`,
            '',
            '',
            '',
          ],
        ],
      )}\n被拒 ${rejected} 条，失败请求 ${failures} 次\n每条 CPU（计时窗口内，与别的负载关系小，比较版本用它）：服务器进程 ${ms(measured.cpu.serverMs)}，数据库后端 ${ms(measured.cpu.backendsMs)}，负载发生器（本进程，与服务器同机）${ms(measured.cpu.generatorMs)}\n服务器的数据库连接在计时窗口内（pg_stat_activity 每 100 ms 取样）：\n${activityLines(measured.activity)}\n`,
    );
    return {
      kind: 'sync-clients',
      clients: o.clients,
      seconds: o.seconds,
      batch: BATCH,
      probes: probes.size,
      editGapMs: o.editGap,
      pushRequestsPerSecond: requests / o.seconds,
      mutationsPerSecond: perSecond,
      floorMutationsPerSecond: floorPerSecond,
      singlePush: single,
      singlePushFloor: floorSingle,
      batchPush: batch,
      rejected,
      failedRequests: failures,
      connectionActivity: measured.activity,
      cpuMsPerMutation: measured.cpu,
    };
  } finally {
    await fleet.dispose();
  }
}
