import { parseArgs } from 'node:util';
import { describeParseError, failArgs, intOption } from '../lib/cli';

/** The parts of `npm run bench:sync`; each runs on its own database and server, in this order. */
export const SYNC_PARTS = ['base', 'clients', 'visibility', 'recovery', 'first-sync'] as const;
export type SyncPart = (typeof SYNC_PARTS)[number];

export type SyncBenchOptions = {
  only: SyncPart[];
  cases: number;
  runs: number;
  warmup: number;
  db: 'postgres' | 'pglite';
  clients: number;
  seconds: number;
  samples: number;
  /** Milliseconds a probe client waits after each single push (0: back to back). */
  editGap: number;
};

const USAGE = `用法：npm run bench:sync -- [--only 部分,…] [--cases N] [--runs R] [--warmup W] [--db postgres|pglite]
                              [--clients C] [--seconds S] [--samples K] [--edit-gap MS]
  --only     只跑这些部分（逗号分隔，默认全部）：${SYNC_PARTS.join('、')}
  --cases    首次同步的案件数（默认 10000）
  --runs     单条推送与增量拉取的计时次数（默认 100）
  --warmup   预热次数（默认 10）
  --db       base 部分的服务器数据库：postgres（127.0.0.1:5432，默认）或 pglite（内嵌）；
             clients、recovery 总是用 PostgreSQL 上的真实服务器进程
  --clients  并发模拟客户端数（默认 50）
  --seconds  并发推送持续秒数（默认 20）
  --samples  跨桌面可见延迟的取样次数（默认 100）
  --edit-gap 每个单条推送的客户端两次推送之间的间隔毫秒数（默认 100；0 为紧接着推，
             这时单条推送的时间由这些客户端自己的排队决定，见 docs/sync.md）`;

export function syncBenchOptions(argv: readonly string[]): SyncBenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        only: { type: 'string' },
        cases: { type: 'string' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        db: { type: 'string' },
        clients: { type: 'string' },
        seconds: { type: 'string' },
        samples: { type: 'string' },
        'edit-gap': { type: 'string' },
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
  if (values.db !== undefined && values.db !== 'postgres' && values.db !== 'pglite')
    failArgs(`--db 只能是 postgres 或 pglite\n${USAGE}`);
  const only = values.only === undefined ? [...SYNC_PARTS] : values.only.split(',').map((s) => s.trim());
  const unknown = only.filter((p) => !(SYNC_PARTS as readonly string[]).includes(p));
  if (unknown.length > 0 || only.length === 0)
    failArgs(`--only 只能是 ${SYNC_PARTS.join('、')}（收到 “${unknown.join(',')}”）\n${USAGE}`);
  return {
    only: only as SyncPart[],
    cases: intOption('cases', values.cases, 10_000, { min: 10, max: 1_000_000 }),
    runs: intOption('runs', values.runs, 100, { min: 1, max: 100_000 }),
    warmup: intOption('warmup', values.warmup, 10, { min: 0, max: 10_000 }),
    db: values.db === 'pglite' ? 'pglite' : 'postgres',
    clients: intOption('clients', values.clients, 50, { min: 1, max: 500 }),
    seconds: intOption('seconds', values.seconds, 20, { min: 1, max: 3_600 }),
    samples: intOption('samples', values.samples, 100, { min: 1, max: 10_000 }),
    editGap: intOption('edit-gap', values['edit-gap'], 100, { min: 0, max: 60_000 }),
  };
}
