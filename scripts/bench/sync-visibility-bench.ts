import { benchDesktop, type BenchDesktop } from './bench-desktop';
import { formatTable } from './report';
import { registration } from './registration-rows';
import { startFleet } from './server-process';
import type { SyncBenchOptions } from './sync-bench-options';
import { summarize } from './timing';
import { enrolWireClient } from './wire-client';

/**
 * 跨桌面可见 (docs/sync.md §4.3 "online propagation"): two real desktops on one real server process
 * (PostgreSQL). Desktop A registers a case; its loop pushes at once (as after every local write); the server's
 * change stream pokes desktop B's loop, which pulls. The figure is the time from A's write until B's round has
 * the case, --samples times, a quiet pause between samples. Floor: the same registration pushed by a bare HTTP
 * client and pulled back by another — the server's and the network's part without either desktop.
 */
const PAUSE_MS = 150;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function visibleOn(b: BenchDesktop, caseId: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (b.core.services.repos.cases.get(caseId) === null) return;
      b.afterRound.delete(check);
      clearTimeout(timer);
      resolve(now());
    };
    const timer = setTimeout(() => {
      b.afterRound.delete(check);
      reject(new Error(`case ${caseId} not visible on B after ${timeoutMs} ms`));
    }, timeoutMs);
    b.afterRound.add(check);
  });
}

export async function runVisibilityBench(o: SyncBenchOptions): Promise<object> {
  const fleet = await startFleet(1);
  const url = fleet.slots[0]?.url ?? '';
  const a = await benchDesktop(url, { changeStream: false });
  const b = await benchDesktop(url, { changeStream: true });
  try {
    await Promise.all([a.loop.runNow(), b.loop.runNow()]);
    await sleep(500); // B's change stream is connected
    const samples: number[] = [];
    for (let i = 0; i < o.samples + 3; i++) {
      const t0 = now();
      let seen: Promise<number> | null = null;
      const caseId = a.register();
      seen = visibleOn(b, caseId, 30_000);
      const t1 = await seen;
      if (i >= 3) samples.push(t1 - t0);
      await sleep(PAUSE_MS);
    }

    const writer = await enrolWireClient(url, 'bench-visibility-writer', 'admin');
    const reader = await enrolWireClient(url, 'bench-visibility-reader', 'admin');
    let cursor = 0;
    for (let more = true; more;) {
      const p = await reader.pull(url, cursor, 1000);
      cursor = p.cursor;
      more = p.more;
    }
    const floor: number[] = [];
    for (let i = 0; i < o.samples + 3; i++) {
      const t0 = now();
      writer.enqueue((id) => registration(writer.clientId, id, id));
      const r = await writer.push(url, 1);
      if (!r.ok) throw new Error(r.error);
      for (let seen = false; !seen;) {
        const p = await reader.pull(url, cursor, 1000);
        cursor = p.cursor;
        seen = p.rows.some((row) => row.entity === 'case');
      }
      if (i >= 3) floor.push(now() - t0);
      await sleep(PAUSE_MS);
    }

    const app = summarize(samples);
    const base = summarize(floor);
    process.stdout.write(
      `桌面 A 登记案件 → 桌面 B 可见（${o.samples} 次，真实服务器进程，PostgreSQL，变更流推送）\n\n${formatTable(
        ['figure', 'median ms', 'p95 ms', 'target p95', 'floor median ms', 'floor p95 ms', 'ratio (p95)'],
        [
          [
            'A 写入 → B 可见',
            app.medianMs.toFixed(0),
            app.p95Ms.toFixed(0),
            '≤ 3000 ms',
            base.medianMs.toFixed(1),
            base.p95Ms.toFixed(1),
            `${(app.p95Ms / base.p95Ms).toFixed(1)}×`,
          ],
        ],
      )}\n`,
    );
    return { kind: 'sync-visibility', samples: o.samples, writeToVisible: app, floorPushThenPull: base };
  } finally {
    a.close();
    b.close();
    await fleet.dispose();
  }
}
