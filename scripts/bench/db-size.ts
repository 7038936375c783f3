/**
 * 数据库占用空间：`npm run bench:size [-- --cases 100000 --db .cache/bench/size/cases.sqlite --seed 20261125]`
 *
 * Seeds N cases through the app's own write path (the bench fixture: services.demo.seed, so the outbox, shadow
 * and audit fill as in real use), measures the file per table and index, then simulates that a server accepted
 * everything and a pull brought it back (simulate-ack.ts: outcomes, row versions, the app's compaction), hands
 * the freed pages back as the app does after each pull page and measures (what a desktop keeps until its next
 * start), then runs VACUUM — what that start does once compaction has dropped enough — and measures again. The
 * figures go to bench-output/db-size.json; issue 12 item 5 sets the target of ≤ 0.5 GB for 100k cases. Below
 * 100k the same is measured on a tenth of the cases too, and the 100k figure is on the line through the two:
 * scaling one measurement alone would multiply the part that does not grow with the cases (the schema, a page
 * or more per table and index). Sizes are measured, not asserted.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppCore, DB_FILE } from '../../electron/main/app-core';
import {
  droppedBytes,
  REPACK_FROM_BYTES,
  RETURN_FREE_PAGES_FROM,
  returnFreePages,
} from '../../electron/main/db/free-pages';
import { describeParseError, failArgs, intOption, textOption } from '../lib/cli';
import { formatDuration, toMB } from '../lib/format';
import { quietLogger } from '../lib/quiet-logger';
import { copyDatabaseWithKey, fixtureDir, seedThroughMutations, staleReason } from './fixture';
import { simulateAcknowledgeAll } from './simulate-ack';
import { bytesOf, comparisonTable, measureSize, type SizeSnapshot } from './size-report';

const USAGE = `用法：npm run bench:size -- [--cases N] [--db 路径] [--seed S]
  --cases   案件数（默认 100000）
  --db      写入的数据库文件（文件名须为 ${DB_FILE}；默认 .cache/bench/size-<N>-<种子>/${DB_FILE}）；
            已有的同名文件会被替换。若 npm run bench 已缓存同样 N 与种子的数据库，复制它而不重新生成
  --seed    随机种子（默认 20261125）`;

const TARGET_CASES = 100_000;
const TARGET_BYTES = 0.5 * 1024 ** 3;

type Options = { cases: number; db: string | null; seed: number };

function parseOptions(argv: readonly string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        cases: { type: 'string' },
        db: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    failArgs(`${describeParseError(e)}\n${USAGE}`);
  }
  if (values.help) return 'help';
  const db = values.db === undefined ? null : resolve(textOption('db', values.db, ''));
  if (db !== null && basename(db) !== DB_FILE) failArgs(`选项 --db 的文件名须为 ${DB_FILE}（收到 “${db}”）`);
  return {
    cases: intOption('cases', values.cases, TARGET_CASES, { min: 100, max: 10_000_000 }),
    db,
    seed: intOption('seed', values.seed, 20261125, { min: 0, max: 0xffff_ffff }),
  };
}

const say = (line = ''): void => void process.stdout.write(`${line}\n`);
const progress = (line: string): void => void process.stderr.write(`${line}\n`);

/** The synced-bookkeeping tables issue 12 item 5 names, each with its indexes. */
const GROUPS = {
  outbox: (n: string) =>
    n === 'outbox' || n.startsWith('idx_outbox') || n.startsWith('sqlite_autoindex_outbox'),
  audit: (n: string) => n === 'audit_log' || n.startsWith('idx_audit_log'),
  shadow: (n: string) => n === 'shadow' || n.startsWith('sqlite_autoindex_shadow'),
  search: (n: string) => n === 'case_search' || n.startsWith('case_fts') || n.includes('case_search'),
  deadlines: (n: string) => n.includes('case_deadlines') || n.includes('deadline_rule_terms'),
};

function summary(s: SizeSnapshot, cases: number) {
  const groups = Object.fromEntries(
    Object.entries(GROUPS).map(([k, match]) => [`${k}MB`, toMB(bytesOf(s, match))]),
  );
  return { totalMB: s.totalMB, bytesPerCase: s.totalBytes / cases, ...groups };
}

function main(): void {
  const opts = parseOptions(process.argv.slice(2));
  if (opts === 'help') return say(USAGE);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const cacheRoot = join(root, '.cache', 'bench');
  const dbPath = opts.db ?? join(cacheRoot, `size-${opts.cases}-${opts.seed}`, DB_FILE);
  const dataDir = dirname(dbPath);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  const cached = join(fixtureDir(cacheRoot, opts.cases, opts.seed), DB_FILE);
  const started = process.hrtime.bigint();
  let seededFrom: string;
  if (staleReason(cached, opts.cases) === null) {
    progress(`复制已缓存的种子数据库 ${cached}`);
    copyDatabaseWithKey(cached, dbPath);
    seededFrom = cached;
  } else {
    progress(`经由 mutation 路径生成 ${opts.cases} 件案件到 ${dbPath} …`);
    seedThroughMutations(dataDir, opts.cases, opts.seed);
    seededFrom = 'services.demo.seed';
  }
  const seedSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  // The part of the file that does not grow with the cases (schema, settings, a page or more per table and
  // index): measured on a tenth as many, so the extrapolation scales only what grows.
  const base = opts.cases < TARGET_CASES ? measureBase(cacheRoot, opts) : null;
  const core = createAppCore({ dataDir, logger: quietLogger });
  try {
    const { asWritten, ack, returned, dropped, repackAtStart, compacted, chain } = measureCore(core, dbPath);
    const at100k = {
      measured: opts.cases === TARGET_CASES,
      asWrittenMB: toMB(extrapolate(asWritten.totalBytes, opts.cases, base, 'asWritten')),
      compactedMB: toMB(extrapolate(compacted.totalBytes, opts.cases, base, 'compacted')),
      returnedMB: toMB(extrapolate(returned.totalBytes, opts.cases, base, 'returned')),
      throughOriginMB: compacted.totalMB * (TARGET_CASES / opts.cases),
      baseCases: base?.cases ?? null,
      targetMB: toMB(TARGET_BYTES),
      withinTarget: extrapolate(compacted.totalBytes, opts.cases, base, 'compacted') <= TARGET_BYTES,
    };
    say();
    say(`数据库占用空间  ${opts.cases} 件案件（种子：${seededFrom}，${formatDuration(seedSeconds)}）`);
    say(comparisonTable(asWritten, compacted));
    say();
    say(
      `模拟确认：${ack.entries} 条 outbox，${ack.rowChanges} 个行变更，${ack.rowsStamped} 行写上服务器版本，` +
        `清除 ${ack.shadowRowsCleared} 条 shadow，压缩 ${ack.entriesCompacted} 条 outbox`,
    );
    say(
      `未经 VACUUM（空闲页已由 incremental_vacuum 归还，桌面端实际所得）：${returned.totalMB.toFixed(1)} MB，` +
        `其中空闲页 ${toMB(returned.freeBytes).toFixed(1)} MB；压缩就地删去 ${toMB(dropped).toFixed(1)} MB，` +
        `下次启动${repackAtStart ? '会' : '不会'}执行 VACUUM（≥ ${toMB(REPACK_FROM_BYTES).toFixed(0)} MB 且 ≥ 文件的四分之一）`,
    );
    say(
      `审计摘要链：${chain.broken === null ? `完好（${chain.entries} 条）` : `断裂于 #${chain.broken.id}`}`,
    );
    if (base !== null)
      say(
        `外推：${base.cases} 件与 ${opts.cases} 件两次测量连线（${base.cases} 件确认并压缩后 ` +
          `${toMB(base.compacted).toFixed(1)} MB）；若只按 ${opts.cases} 件成比例放大为 ` +
          `${at100k.throughOriginMB.toFixed(0)} MB（把不随案件增长的部分也放大了）`,
      );
    say(
      `${TARGET_CASES} 件${at100k.measured ? '（实测）' : `（按 ${base?.cases} 与 ${opts.cases} 件线性外推）`}：` +
        `写入后 ${at100k.asWrittenMB.toFixed(0)} MB，确认并压缩后 ${at100k.compactedMB.toFixed(0)} MB` +
        `（未经 VACUUM ${at100k.returnedMB.toFixed(0)} MB），` +
        `目标 ≤ ${at100k.targetMB.toFixed(0)} MB ${at100k.withinTarget ? '达标' : '未达标'}`,
    );

    const outDir = join(root, 'bench-output');
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'db-size.json');
    const record = {
      at: new Date().toISOString(),
      node: process.version,
      cases: opts.cases,
      seed: opts.seed,
      dbPath,
      seededFrom,
      seedSeconds,
      asWritten: { ...summary(asWritten, opts.cases), snapshot: asWritten },
      acknowledgement: ack,
      returned: {
        ...summary(returned, opts.cases),
        droppedBytes: dropped,
        repackAtStart,
        snapshot: returned,
      },
      compacted: { ...summary(compacted, opts.cases), snapshot: compacted },
      auditChain: chain,
      at100k,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    say(`结果已写入 ${file}`);
  } finally {
    core.close();
  }
}

type Measured = ReturnType<typeof measureCore>;

/** As written; acknowledged, compacted and its free pages handed back; then after VACUUM. */
function measureCore(core: ReturnType<typeof createAppCore>, dbPath: string) {
  progress('测量：写入后…');
  const asWritten = measureSize(core.db, dbPath);
  progress('模拟服务器确认全部修改并拉取回来，然后压缩…');
  const ack = simulateAcknowledgeAll(core);
  // What a desktop keeps without ever running VACUUM: its pull pages hand free pages back (free-pages.ts).
  progress('归还空闲页（incremental_vacuum，如同每个拉取页之后）…');
  while (returnFreePages(core.db) >= RETURN_FREE_PAGES_FROM);
  const returned = measureSize(core.db, dbPath);
  const dropped = droppedBytes(core.db);
  const repackAtStart = dropped >= REPACK_FROM_BYTES && dropped * 4 >= returned.fileBytes;
  progress('VACUUM…');
  core.db.exec('VACUUM');
  const compacted = measureSize(core.db, dbPath);
  const chain = core.services.repos.audit.verifyChain();
  return { asWritten, ack, returned, dropped, repackAtStart, compacted, chain };
}

type Base = { cases: number; asWritten: number; returned: number; compacted: number };

/** The same measurement on a tenth of the cases (at least 100), in a directory of its own. */
function measureBase(cacheRoot: string, opts: Options): Base {
  const cases = Math.max(100, Math.floor(opts.cases / 10));
  const dataDir = join(cacheRoot, `size-base-${cases}-${opts.seed}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  progress(`基线：生成 ${cases} 件案件（用于分出不随案件增长的部分）…`);
  seedThroughMutations(dataDir, cases, opts.seed);
  const core = createAppCore({ dataDir, logger: quietLogger });
  try {
    const m: Measured = measureCore(core, join(dataDir, DB_FILE));
    return {
      cases,
      asWritten: m.asWritten.totalBytes,
      returned: m.returned.totalBytes,
      compacted: m.compacted.totalBytes,
    };
  } finally {
    core.close();
  }
}

/**
 * Bytes at TARGET_CASES on the line through the two measurements (base, measured); without a base (a run at
 * the target itself) the measurement as it is.
 */
function extrapolate(
  bytes: number,
  cases: number,
  base: Base | null,
  stage: 'asWritten' | 'returned' | 'compacted',
): number {
  if (base === null) return bytes * (TARGET_CASES / cases);
  return bytes + ((bytes - base[stage]) * (TARGET_CASES - cases)) / (cases - base.cases);
}

main();
