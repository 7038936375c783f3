/**
 * 同步基准：`npm run bench:sync [-- --only base,clients,visibility,recovery,first-sync --cases 10000 …]`
 *
 * Each part measures one figure of docs/sync.md §4.3 beside its floor (the same storage work done directly) and
 * runs on its own fresh database:
 *   - base        单条推送, 增量拉取, 持续推送 from one client, 首次同步 server side (sync-base-bench.ts);
 *   - clients     50 simulated clients pushing at once: mutations/s and single-push p95 under load;
 *   - visibility  a change on one real desktop visible on another: write → visible p95;
 *   - recovery    the server process SIGKILLed under load: time until it serves again, and what survived;
 *   - first-sync  a new real desktop's first sync of --cases cases, desktop apply included.
 * Numbers are printed and appended, one JSON line per part (`kind`), to bench-output/bench-<date>.json; they are
 * never asserted and never fail the run. Every date the fixtures write is pinned.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsonLine } from './report';
import { runBaseBench } from './sync-base-bench';
import { syncBenchOptions, type SyncBenchOptions, type SyncPart } from './sync-bench-options';
import { runClientsBench } from './sync-clients-bench';
import { runFirstSyncBench } from './sync-first-sync-bench';
import { runRecoveryBench } from './sync-recovery-bench';
import { runVisibilityBench } from './sync-visibility-bench';

const PARTS: Record<SyncPart, (o: SyncBenchOptions) => Promise<object>> = {
  base: runBaseBench,
  clients: runClientsBench,
  visibility: runVisibilityBench,
  recovery: runRecoveryBench,
  'first-sync': runFirstSyncBench,
};

async function main(): Promise<void> {
  const o = syncBenchOptions(process.argv.slice(2));
  const out = join(fileURLToPath(new URL('../../', import.meta.url)), 'bench-output');
  for (const part of o.only) {
    process.stdout.write(`\n== ${part} ==\n`);
    const record = await PARTS[part](o);
    process.stdout.write(`已写入 ${writeJsonLine(out, record)}\n`);
  }
  // Open handles (a change stream, a pg pool's idle timer) must not keep a finished benchmark alive.
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
