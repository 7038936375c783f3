/**
 * 同步浸泡测试：`npm run soak:sync [-- --seconds 180 --wire 6 --desktops 3]`
 *
 * Two real server processes on one fresh PostgreSQL database (127.0.0.1:5432, created for the run and dropped
 * after), simulated wire clients pushing to both in turn and real desktops (SQLite files, the app's runner, sync
 * loop and change stream) each on one of them, registering, accepting (the centre numbers the cases) and
 * rewriting one shared case's summary so concurrent edits make conflict records. Each process is killed with
 * SIGKILL twice during the run and started again at once. Then everything is drained and the invariants of
 * invariants.ts are checked and printed; exit code 1 on any violation (or a drain that stalls past 60 s).
 * Dates in the rows are pinned; the run's length is the only thing that varies.
 */
import { parseArgs } from 'node:util';
import type { RoundResult } from '../../shared/sync/engine';
import { benchDesktop, type BenchDesktop } from '../bench/bench-desktop';
import { formatTable } from '../bench/report';
import { registration } from '../bench/registration-rows';
import { startFleet } from '../bench/server-process';
import { uid } from '../../server/testing/wire-builders';
import { desktopUndecided } from '../bench/desktop-state';
import { enrolWireClient, type WireClient } from '../bench/wire-client';
import { describeParseError, failArgs, intOption } from '../lib/cli';
import { checkSoak } from './soak-collect';
import { desktopWorkload, wireWorkload, type Workload } from './soak-workload';

const USAGE = `用法：npm run soak:sync -- [--seconds S] [--wire W] [--desktops D]
  --seconds   负载持续秒数（默认 180；期间每个服务器进程各被 SIGKILL 两次）
  --wire      模拟客户端数（默认 6）
  --desktops  真实桌面数（默认 3）`;

const DRAIN_LIMIT_MS = 60_000;
const now = () => Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        seconds: { type: 'string' },
        wire: { type: 'string' },
        desktops: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    failArgs(`${describeParseError(e)}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return {
    seconds: intOption('seconds', values.seconds, 180, { min: 10, max: 86_400 }),
    wire: intOption('wire', values.wire, 6, { min: 1, max: 100 }),
    desktops: intOption('desktops', values.desktops, 3, { min: 1, max: 20 }),
  };
}

async function main(): Promise<void> {
  const o = options();
  const log = (s: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);
  const fleet = await startFleet(2);
  const urls = fleet.slots.map((s) => s.url);
  const desktops: BenchDesktop[] = [];
  let exitCode = 1;
  try {
    log(`两个服务器进程：${urls.join('、')}（PostgreSQL ${fleet.dbUrl}）`);
    // The shared case every client rewrites; its base stays the registration's, so later rewrites are concurrent.
    const seed = await enrolWireClient(urls[0] ?? '', 'soak-seed-device', 'admin');
    seed.enqueue((id) => registration(seed.clientId, id, id));
    const seeded = await seed.push(urls[0] ?? '', 1);
    if (!seeded.ok || seeded.results[0]?.outcome !== 'applied')
      throw new Error('the shared case was not registered');
    const hotId = uid(`${seed.clientId}-case-1`);
    const hotRow = await fleet.db.query<{ row_seq: string }>(
      "SELECT row_seq FROM entity_rows WHERE entity = 'case' AND id = $1",
      [hotId],
    );
    const hot = { id: hotId, baseSeq: Number(hotRow.rows[0]?.row_seq) };
    if (!hot.baseSeq) throw new Error('the shared case was not registered');

    const wire: WireClient[] = [seed];
    for (let i = 0; i < o.wire; i++)
      wire.push(await enrolWireClient(urls[i % 2] ?? '', `soak-wire-${i}`, 'admin'));
    for (let i = 0; i < o.desktops; i++)
      desktops.push(await benchDesktop(urls[i % 2] ?? '', { changeStream: true }));
    await Promise.all(desktops.map((d) => d.loop.runNow()));

    // Only live servers are offered to wire clients; a killed one is skipped until it answers again.
    const up = () => fleet.slots.filter((s) => s.running !== null).map((s) => s.url);
    const work: Workload[] = [
      ...wire.slice(1).map((c) => wireWorkload(c, { db: fleet.db, urls: up, hot, pauseMs: 100 })),
      ...desktops.map((d) => desktopWorkload(d, hot.id, 400)),
    ];
    const restarts: { slot: number; downMs: number }[] = [];
    const kills = 4;
    for (let k = 0; k < kills; k++) {
      await sleep((o.seconds * 1000) / (kills + 1));
      const i = k % 2;
      const slot = fleet.slots[i];
      if (slot === undefined) continue;
      const t0 = now();
      await slot.kill();
      log(`SIGKILL 服务器 ${i}`);
      await slot.start();
      restarts.push({ slot: i, downMs: now() - t0 });
      log(`服务器 ${i} 已恢复（${((now() - t0) / 1000).toFixed(1)} 秒）`);
    }
    await sleep((o.seconds * 1000) / (kills + 1));
    for (const w of work) w.stop();
    await Promise.all(work.map((w) => w.done));
    log('负载结束，排空中');

    const drainStart = now();
    let stalled = false;
    for (const c of wire)
      while (c.queue.length > 0 && !(stalled = now() - drainStart > DRAIN_LIMIT_MS))
        if (!(await c.push(urls[0] ?? '', 50)).ok) await sleep(200);
    for (const d of desktops)
      while (desktopUndecided(d) > 0 && !(stalled = now() - drainStart > DRAIN_LIMIT_MS))
        await d.loop.runNow();
    // Two quiet rounds each: the first may still bring the others' last changes, the second is the checkpoint.
    const finalRounds: RoundResult[] = [];
    for (const d of desktops) await d.sync();
    for (const d of desktops) finalRounds.push(await d.sync());

    const { violations, facts } = await checkSoak(fleet.db, wire, desktops, finalRounds);
    if (stalled) violations.push({ invariant: '不停滞', detail: `排空超过 ${DRAIN_LIMIT_MS / 1000} 秒` });
    process.stdout.write(
      `\n同步浸泡 ${o.seconds} 秒：2 个服务器进程，${wire.length} 个模拟客户端，${desktops.length} 台真实桌面\n\n${formatTable(
        ['fact', 'value'],
        [
          ['服务器记录的修改结果（其中被拒）', `${facts.mutations}（${facts.rejected}）`],
          ['被拒的原因（前五）', facts.rejectedBy.join('；') || '—'],
          ['客户端持有的结果', String(facts.acknowledged)],
          ['有冲突的推送 / 冲突记录', `${facts.conflictingPushes} / ${facts.conflicts}`],
          ['各桌面持有的冲突记录', facts.conflictsHeld.join(' / ')],
          ['已编案号的案件', String(facts.numberedCases)],
          ['审计记录', String(facts.auditEntries)],
          [
            'SIGKILL 与重启',
            restarts.map((r) => `服务器 ${r.slot} ${(r.downMs / 1000).toFixed(1)} 秒`).join('，'),
          ],
        ],
      )}\n\n`,
    );
    const names = [
      '已确认的修改恰好应用一次',
      '客户端数据与服务器一致',
      '案号不重复',
      '审计链可验证',
      '冲突记录恰好一次',
      '不停滞',
    ];
    for (const n of names) {
      const found = violations.filter((v) => v.invariant === n);
      process.stdout.write(
        `${found.length === 0 ? '✓' : '✗'} ${n}${found.length === 0 ? '' : `：${found.length} 处`}\n`,
      );
      for (const v of found.slice(0, 10)) process.stdout.write(`    ${v.detail}\n`);
    }
    exitCode = violations.length === 0 ? 0 : 1;
  } finally {
    for (const d of desktops) d.close();
    await fleet.dispose();
  }
  process.exit(exitCode);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
