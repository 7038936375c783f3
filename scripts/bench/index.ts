/**
 * 性能基准：`npm run bench [-- --cases 100000 --runs 30 --warmup 5 --seed 20261125]`
 *
 * Every metric is printed beside its floor — the same work done directly with prepared statements, minus the
 * app's layers (validation, mutation bookkeeping, mapping) — as median, p95 and the ratio median/floor.
 * Speed is measured, not asserted: no thresholds, and a slow result never makes this exit non-zero.
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppCore, DB_FILE } from '../../electron/main/app-core';
import { describeParseError, failArgs, intOption } from '../lib/cli';
import { bytesPerObject, bytesPerTable, dbSize, filePages, rowsPerTable } from '../lib/db-files';
import { ensureDemoAdmin } from '../lib/demo-admin';
import { formatMB, toMB } from '../lib/format';
import { quietLogger } from '../lib/quiet-logger';
import { benchKeyOf, ensureSeededDb, workingCopy } from './fixture';
import { benchAtRest } from './at-rest-bench';
import { benchDeadlines, builtDeadlineWorker, deadlineMetrics } from './deadline-bench';
import { benchDocuments } from './documents-bench';
import { benchList, listScenarios, pickSearchTerms } from './list-bench';
import { benchRegister } from './register-bench';
import { benchStats } from './stats-bench';
import { formatTable, metricsTable, ratioOf, writeJsonLine, type MetricRow } from './report';
import { SEED_BATCH } from './seed-floor';
import { summarize, type RunPlan } from './timing';
import { benchNow } from './clock';
import { CalendarGapError } from '../../shared/calendar';

const USAGE = `用法：npm run bench -- [--cases N] [--runs R] [--warmup W] [--seed S] [--only list,stats,…]
  --cases   种子数据库的案件数（默认 100000；缓存在 .cache/bench/cases-<N>-<种子>/）
  --direct-seed  缓存不存在时直接写入种子（快，但无 outbox/审计/影子行：只有列表与搜索的数字可信）
  --only    只计时这些部分（逗号分隔：list, stats, deadlines, documents, register, at-rest；默认全部）
  --runs    每项计时次数（默认 30）
  --warmup  每项预热次数（默认 5）
  --seed    随机种子（默认 20261125）`;

const PARTS = ['list', 'stats', 'deadlines', 'documents', 'register', 'at-rest'] as const;
type Part = (typeof PARTS)[number];

type BenchOptions = {
  cases: number;
  runs: number;
  warmup: number;
  seed: number;
  only: ReadonlySet<Part>;
  directSeed: boolean;
};

/** The parts named by --only (all when absent); an unknown name is refused with the usage. */
function parseOnly(value: string | undefined): ReadonlySet<Part> {
  if (value === undefined) return new Set(PARTS);
  const names = value.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (unknown.length > 0) failArgs(`--only 不认识：${unknown.join(', ')}\n${USAGE}`);
  return new Set(names as Part[]);
}

function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        cases: { type: 'string' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        seed: { type: 'string' },
        only: { type: 'string' },
        'direct-seed': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    failArgs(`${describeParseError(e)}\n${USAGE}`);
  }
  if (values.help) return 'help';
  return {
    cases: intOption('cases', values.cases, 100_000, { min: 100, max: 10_000_000 }),
    runs: intOption('runs', values.runs, 30, { min: 1, max: 100_000 }),
    warmup: intOption('warmup', values.warmup, 5, { min: 0, max: 10_000 }),
    seed: intOption('seed', values.seed, 20261125, { min: 0, max: 0xffff_ffff }),
    only: parseOnly(values.only),
    directSeed: values['direct-seed'] === true,
  };
}

const say = (line = ''): void => void process.stdout.write(`${line}\n`);
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** The steps that could not be measured, with why: the run goes on and reports what it did measure. */
const unmeasured: string[] = [];
async function measured<T>(label: string, fn: () => T | Promise<T>): Promise<T | null> {
  progress(`计时：${label}`);
  try {
    return await fn();
  } catch (e) {
    const why =
      e instanceof CalendarGapError ? `缺少 ${e.year} 年的节假日数据` : String((e as Error).message ?? e);
    unmeasured.push(`${label}：${why}`);
    progress(`未能计时：${label}（${why}）`);
    return null;
  }
}
/** A part left out by --only is not run (null, like a part that could not be measured, but not reported). */
const measuredPart = <T>(
  opts: BenchOptions,
  part: Part,
  label: string,
  fn: () => T | Promise<T>,
): Promise<T | null> => (opts.only.has(part) ? measured(label, fn) : Promise.resolve(null));

/** Each figure goes out as soon as it is measured, so a run cut short still shows what it had. */
const shown = (m: MetricRow): MetricRow => {
  progress(`  ${m.label}：中位数 ${m.app.medianMs.toFixed(2)} ms，floor ${m.floor.medianMs.toFixed(2)} ms`);
  return m;
};

async function main(): Promise<void> {
  const opts = parseBenchArgs(process.argv.slice(2));
  if (opts === 'help') return say(USAGE);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const cacheRoot = join(root, '.cache', 'bench');
  const plan: RunPlan = { warmup: opts.warmup, runs: opts.runs };

  const fixture = ensureSeededDb(cacheRoot, opts.cases, opts.seed, opts.directSeed);
  progress(fixture.note);
  const size = dbSize(fixture.dbPath);
  const workDir = workingCopy(fixture, join(cacheRoot, 'work'));
  // The recompute's worker threads as the built app starts them: the bundle, not TypeScript through tsx.
  const coldStart = opts.only.has('deadlines') ? builtDeadlineWorker(cacheRoot, workDir) : null;
  const core = createAppCore({
    dataDir: workDir,
    logger: quietLogger,
    now: benchNow,
    // Kept running between timed calls (one round of the deadline part can take longer than the default 30 s).
    ...(coldStart !== null ? { deadlineWorkers: { script: coldStart.script, idleMs: 3_600_000 } } : {}),
  });
  try {
    const admin = ensureDemoAdmin(core);
    if (!admin.ok) throw new Error(admin.message);
    const rows = rowsPerTable(core.db);
    const bytes = bytesPerObject(core.db);
    const perTable = bytesPerTable(core.db);
    const pages = filePages(core.db);
    const sqlite = core.db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()?.v ?? '?';

    const metrics: MetricRow[] = [];
    const seeding = fixture.seeding;
    if (seeding) {
      metrics.push({
        key: 'seed.batch500',
        label: `写入种子：每批 ${SEED_BATCH} 件`,
        app: summarize(seeding.app.batchMs),
        floor: summarize(seeding.floor.batchMs),
      });
    }
    const terms = pickSearchTerms(core.db);
    const mismatches: string[] = [];
    const totals: Record<string, number> = {};
    for (const scenario of opts.only.has('list') ? listScenarios(terms) : []) {
      const r = await measured(scenario.label, () => benchList(core, scenario, plan));
      if (r === null) continue;
      if (!r.matches) mismatches.push(r.label);
      totals[r.key] = r.total;
      metrics.push(shown({ key: r.key, label: `${r.label} 共${r.total}件`, app: r.app, floor: r.floor }));
    }
    const stats = await measuredPart(opts, 'stats', '统计分析（officialStatistics）', () =>
      benchStats(opts.cases, opts.seed, { warmup: Math.min(2, plan.warmup), runs: Math.min(10, plan.runs) }),
    );
    if (stats !== null)
      metrics.push(
        shown({
          key: 'stats.officialStatistics',
          label: `统计分析：${stats.records} 件案件记录，一年期间的统计表与全部比率`,
          app: stats.app,
          floor: stats.floor,
        }),
      );
    const dl = await measuredPart(opts, 'deadlines', '重算全部未结案件的期限', () =>
      benchDeadlines(
        core,
        { warmup: Math.min(1, plan.warmup), runs: Math.min(5, plan.runs) },
        coldStart ?? builtDeadlineWorker(cacheRoot, workDir),
      ),
    );
    if (dl !== null) {
      for (const m of deadlineMetrics(dl)) metrics.push(shown(m));
      if (dl.mismatches > 0) mismatches.push(`重算期限（${dl.mismatches} 个期间的日期与手算不同）`);
    }
    const docs = await measuredPart(opts, 'documents', '生成裁决书与 200 份混合文书', () =>
      benchDocuments(core, admin.actor, { warmup: Math.min(2, plan.warmup), runs: Math.min(10, plan.runs) }),
    );
    if (docs !== null) {
      metrics.push(
        shown({
          key: 'documents.award',
          label: '生成一份裁决书（读取案件 + 渲染 .docx）',
          app: docs.award.app,
          floor: docs.award.floor,
        }),
      );
      metrics.push(
        shown({
          key: 'documents.batch200',
          label: `批量生成 ${docs.batch.count} 份混合文书`,
          app: docs.batch.app,
          floor: docs.batch.floor,
        }),
      );
    }
    const reg = await measuredPart(opts, 'register', '登记一件案件（一次 mutation 提交）', () =>
      benchRegister(core, admin.actor, plan, opts.seed),
    );
    if (reg !== null)
      metrics.unshift(
        shown({ key: 'mutation.caseRegister', label: '登记一件案件（mutation 提交）', ...reg }),
      );
    const atRest = await measuredPart(opts, 'at-rest', '加密的代价（同样的工作：加密文件对明文副本）', () => {
      const dbFile = join(workDir, DB_FILE);
      const key = benchKeyOf(dbFile);
      if (key === undefined) throw new Error('工作副本没有密钥');
      const officeId = admin.actor.officeId;
      if (officeId === null) throw new Error('管理员没有所属机构');
      return benchAtRest(dbFile, key, officeId, admin.actor.id, terms, plan, opts.seed);
    });
    for (const m of atRest ?? []) metrics.push(shown(m));

    say();
    say(
      `性能基准  ${opts.cases} 件案件  预热 ${plan.warmup} 次 + 计时 ${plan.runs} 次  ` +
        `Node ${process.version}  SQLite ${sqlite}  ${cpus().length} 核  ` +
        `负载 ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    say(
      'floor = 同样的工作不经应用层：写入与文书为同样的 SQL / 同样的行直接执行（不经校验、mutation 记账和映射）；' +
        '列表与搜索为独立手写的 SQL（list-floor.ts：普通联接、instr 全扫描、手建的证件号精确索引），不用应用的查询',
    );
    if (fixture.direct)
      say('种子数据直接写入（--direct-seed）：无 outbox/审计/影子行，数据库大小不代表真实使用');
    say();
    if (seeding) {
      const ratio = seeding.app.totalSeconds / seeding.floor.totalSeconds;
      say(
        `写入种子 ${seeding.cases} 件：总用时 ${seeding.app.totalSeconds.toFixed(1)} 秒，` +
          `floor ${seeding.floor.totalSeconds.toFixed(1)} 秒（${ratio.toFixed(2)}×）`,
      );
    }
    say(metricsTable(metrics));
    if (unmeasured.length > 0) say(`未能计时（其余照常计时）：${unmeasured.join('；')}`);
    if (mismatches.length > 0)
      say(`警告：以下查询 floor 与应用返回的结果不同，比值不可信：${mismatches.join('；')}`);
    say();
    say(
      `数据库大小（种子库，文件 + 预写日志）：${formatMB(size.totalBytes)}` +
        `（文件 ${formatMB(size.fileBytes)}，预写日志 ${formatMB(size.walBytes)}）`,
    );
    if (perTable === null)
      say(`本机 SQLite 未编译 dbstat，无法按表统计：共 ${pages.pages} 页 × ${pages.pageSize} 字节`);
    else
      say(
        formatTable(
          ['table', 'rows', 'MB table (dbstat)', 'MB its indexes'],
          Object.entries(rows).map(([t, n]) => [
            t,
            String(n),
            perTable[t] !== undefined ? toMB(perTable[t].table).toFixed(1) : '-',
            perTable[t] !== undefined ? toMB(perTable[t].indexes).toFixed(1) : '-',
          ]),
        ),
      );

    const file = writeJsonLine(join(root, 'bench-output'), {
      at: new Date().toISOString(),
      node: process.version,
      sqlite,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      loadavg: loadavg(),
      cases: opts.cases,
      seed: opts.seed,
      plan,
      only: [...opts.only],
      directSeed: fixture.direct,
      seeding: seeding && {
        cases: seeding.cases,
        appTotalSeconds: seeding.app.totalSeconds,
        floorTotalSeconds: seeding.floor.totalSeconds,
      },
      searchTerms: terms,
      unmeasured,
      totals,
      mismatches,
      metrics: metrics.map((m) => ({
        key: m.key,
        medianMs: m.app.medianMs,
        p95Ms: m.app.p95Ms,
        floorMedianMs: m.floor.medianMs,
        floorP95Ms: m.floor.p95Ms,
        ratio: ratioOf(m),
      })),
      db: { ...size, mb: toMB(size.totalBytes), ...pages, rows, bytes, perTable },
    });
    say();
    say(`结果已追加到 ${file}`);
  } finally {
    core.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
