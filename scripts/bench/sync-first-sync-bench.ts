import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMITTEE, U } from '../../server/testing/sync-fixture';
import { enrolledDesktop } from '../../tests/sync/desktops';
import { BENCH_NOW } from './bench-desktop';
import { formatTable } from './report';
import { commitRegistrations } from './registration-rows';
import { startFleet } from './server-process';
import type { SyncBenchOptions } from './sync-bench-options';
import { enrolWireClient } from './wire-client';

/**
 * 新桌面首次同步 (docs/sync.md §4.3 "initial sync of 10,000 cases"): --cases registrations (six rows each) are
 * committed to a real server process's PostgreSQL, 50 per transaction; then a new real desktop enrols and runs
 * its first sync round — every page pulled over HTTP and applied in its SQLite transaction with the local
 * projections (search text, 案由 index, deadlines) rebuilt, the checkpoint verified. Beside it, the server's part
 * alone (a bare client pulling the same pages) and the floor: the same feed read directly from PostgreSQL in
 * pages of 1000 and each page's rows inserted as JSON into a plain SQLite table (WAL, synchronous=FULL), one
 * transaction per page.
 */
const PAGE = 1000;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const mb = (bytes: number) => bytes / 1024 / 1024;

export async function runFirstSyncBench(o: SyncBenchOptions): Promise<object> {
  const fleet = await startFleet(1);
  const url = fleet.slots[0]?.url ?? '';
  const scratch = mkdtempSync(join(tmpdir(), 'ldcs-bench-first-sync-'));
  try {
    for (let i = 0; i < o.cases; i += 50)
      await commitRegistrations(
        fleet.db,
        Array.from({ length: Math.min(50, o.cases - i) }, (_, k) => `first-sync-case-${i + k}`),
      );

    // The server's part alone.
    const reader = await enrolWireClient(url, 'bench-first-sync-reader', 'admin');
    let t0 = now();
    let serverRows = 0;
    for (let cursor = 0, more = true; more;) {
      const p = await reader.pull(url, cursor, PAGE);
      serverRows += p.rows.length;
      cursor = p.cursor;
      more = p.more;
    }
    const serverMs = now() - t0;

    // The floor.
    const lite = new Database(join(scratch, 'floor.sqlite'));
    lite.pragma('journal_mode = WAL');
    lite.pragma('synchronous = FULL');
    lite.exec('CREATE TABLE rows (entity TEXT, id TEXT, data TEXT, PRIMARY KEY (entity, id))');
    const insert = lite.prepare('INSERT OR REPLACE INTO rows VALUES (?, ?, ?)');
    const page = lite.transaction((rows: { entity: string; id: string; data: unknown }[]) => {
      for (const r of rows) insert.run(r.entity, r.id, JSON.stringify(r.data));
    });
    t0 = now();
    let floorRows = 0;
    for (let cursor = 0; ;) {
      const r = await fleet.db.query<{ seq: string; entity: string; id: string; data: unknown }>(
        'SELECT seq, entity, id, data FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2',
        [cursor, PAGE],
      );
      if (r.rows.length === 0) break;
      page(r.rows);
      floorRows += r.rows.length;
      cursor = Number(r.rows[r.rows.length - 1]?.seq);
    }
    const floorMs = now() - t0;
    lite.close();

    // The new desktop.
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 200);
    t0 = now();
    const desktop = await enrolledDesktop(url, {
      username: 'admin',
      password: 'pw-admin',
      actor: { id: U.admin, roles: ['admin', 'director', 'clerk', 'arbitrator'], officeId: COMMITTEE },
      now: BENCH_NOW,
    });
    const round = await desktop.sync();
    const desktopMs = now() - t0;
    clearInterval(sampler);
    const held = desktop.core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases').get()?.n;
    desktop.core.dispose();

    const rate = (rows: number, ms: number) => `${((rows / ms) * 1000).toFixed(0)} 行/秒`;
    process.stdout.write(
      `新桌面首次同步 ${o.cases} 件案件（真实服务器进程，PostgreSQL；每页 ${PAGE} 行）\n\n${formatTable(
        ['figure', 'rows', 'total s', 'rows/s', 'target'],
        [
          [
            '桌面首次同步（拉取 + 写入 SQLite + 投影）',
            String(round.pulledRows),
            (desktopMs / 1000).toFixed(1),
            rate(round.pulledRows, desktopMs),
            '≤ 60 s',
          ],
          [
            '仅服务器侧（HTTP 拉取全部页）',
            String(serverRows),
            (serverMs / 1000).toFixed(1),
            rate(serverRows, serverMs),
            '',
          ],
          [
            '下限：SQL 读取 + SQLite 原样写入',
            String(floorRows),
            (floorMs / 1000).toFixed(1),
            rate(floorRows, floorMs),
            '',
          ],
        ],
      )}\n桌面持有 ${held ?? '?'} 件案件；重新快照 ${round.resnapshots.length} 次；进程 RSS 增长 ${mb(rssPeak - rssBefore).toFixed(0)} MB（峰值取样）；与下限之比 ${(desktopMs / floorMs).toFixed(1)}×\n`,
    );
    return {
      kind: 'sync-first-sync',
      cases: o.cases,
      desktop: {
        rows: round.pulledRows,
        totalMs: desktopMs,
        resnapshots: round.resnapshots.length,
        casesHeld: held,
      },
      serverOnly: { rows: serverRows, totalMs: serverMs },
      floor: { rows: floorRows, totalMs: floorMs },
      rssGrowthMb: mb(rssPeak - rssBefore),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await fleet.dispose();
  }
}
