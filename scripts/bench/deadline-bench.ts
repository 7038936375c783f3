import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_FILE, type AppCore } from '../../electron/main/app-core';
import { createFloorDates, type FloorPeriod } from './deadline-floor';
import { createDeadlineService } from '../../electron/main/services/deadline-service';
import { createDeadlineWorkers } from '../../electron/main/services/deadline-workers';
import { benchNow } from './clock';
import { benchKeyOf } from './fixture';
import type { MetricRow } from './report';
import { summarize, timeOnce, type RunPlan, type Stats } from './timing';

type Rule = {
  id: string;
  count: number;
  unit: string;
  direction?: string;
  rollForward?: boolean;
  beforeReading?: string;
};
type Stored = {
  case_id: string;
  rule_id: string;
  start_date: string;
  due_date: string | null;
  basis: string;
};

export type DeadlineBench = {
  /** The app's recompute with its worker threads already running (the second and later recompute). */
  app: Stats;
  floor: Stats;
  /** CPU time per recompute (user + system, every thread of the process): the wall time mostly measures the load. */
  appCpu: Stats;
  /** A first recompute: its worker threads started, the built worker bundle loaded, connections opened. */
  cold: Stats;
  coldCpu: Stats;
  /** The same recompute on the app's thread alone (as before the threads, and below `minCases`). */
  serial: Stats;
  serialCpu: Stats;
  cases: number;
  periods: number;
  /** Periods without excluded days or extensions whose floor date differs from the app's (should be 0). */
  mismatches: number;
  single: { app: Stats; floor: Stats; samples: number };
};

/** How to start fresh worker threads for the cold figure: the core's key and the built worker bundle. */
export type ColdStart = { key: Buffer | undefined; script: string; now: () => number };

/** The worker bundle as `npm run build` writes it (scripts/build.mjs), into the bench cache. */
export function builtDeadlineWorker(cacheRoot: string, dataDir: string): ColdStart {
  const script = join(cacheRoot, 'deadline-worker.cjs');
  const build = fileURLToPath(new URL('../build.mjs', import.meta.url));
  execFileSync(process.execPath, [build, '--deadline-worker', script], { stdio: 'inherit' });
  return { script, key: benchKeyOf(join(dataDir, DB_FILE)), now: benchNow };
}

/** The part's rows in the report and bench-output JSON: warm, cold and serial, each with its CPU time. */
export function deadlineMetrics(dl: DeadlineBench): MetricRow[] {
  const what = `${dl.cases} 件未结案件（${dl.periods} 个期间）`;
  const row = (key: string, label: string, app: Stats): MetricRow => ({ key, label, app, floor: dl.floor });
  return [
    row('deadlines.recomputeAll', `重算期限：${what}，工作线程已启动`, dl.app),
    // CPU time beside the same floor: what the recompute costs whatever else the machine is running.
    row('deadlines.recomputeAllCpu', '重算期限：同上，CPU 时间（全部线程，用户 + 系统）', dl.appCpu),
    row('deadlines.recomputeAllCold', '重算期限：首次（含启动工作线程）', dl.cold),
    row('deadlines.recomputeAllColdCpu', '重算期限：首次，CPU 时间', dl.coldCpu),
    row('deadlines.recomputeAllSerial', '重算期限：只在主线程（对照）', dl.serial),
    row('deadlines.recomputeAllSerialCpu', '重算期限：只在主线程，CPU 时间', dl.serialCpu),
    {
      key: 'deadlines.recomputeOne',
      label: `重算一件案件的期限（事务内，${dl.single.samples} 件取样）`,
      app: dl.single.app,
      floor: dl.single.floor,
    },
  ];
}

/**
 * Recomputing every open case's deadlines (after a rules or calendar change): the app reads each chunk's cases
 * and logs, folds them, applies every rule (restarts, exclusions, extensions) and compares with the stored
 * projection, writing what changed — in two worker threads (warm: already started; cold: started for this
 * call), and on the app's thread alone (serial), the three alternated in turn so load drift falls on each. The
 * floor is the date arithmetic alone — each stored period's last day from its start date — in a plain loop of
 * its own (deadline-floor.ts), not the app's calendar. Then one case's recompute inside a transaction, as a
 * mutation refreshes it, beside that case's periods by hand.
 */
export async function benchDeadlines(
  core: AppCore,
  plan: RunPlan,
  cold: ColdStart,
  singles = 200,
): Promise<DeadlineBench> {
  const { services, db } = core;
  await services.deadlines.recomputeAll();
  const rules = new Map(
    (services.deadlines.rulesForEditing().rules as Rule[]).map((r) => [r.id, r] as const),
  );
  const open = services.repos.caseQuery.openCaseIds();
  const openSet = new Set(open);
  const byCase = new Map<string, FloorPeriod[]>();
  let mismatches = 0;
  const floorDate = createFloorDates();
  for (const r of db
    .prepare(
      'SELECT case_id, rule_id, start_date, due_date, basis FROM case_deadlines WHERE start_date IS NOT NULL AND gap IS NULL',
    )
    .all() as Stored[]) {
    const rule = rules.get(r.rule_id);
    if (rule === undefined || !openSet.has(r.case_id)) continue;
    const p: FloorPeriod = {
      start: r.start_date,
      count: rule.count,
      unit: rule.unit,
      direction: rule.direction ?? 'after',
      roll: rule.rollForward ?? false,
      strict: rule.beforeReading === 'strict',
    };
    let list = byCase.get(r.case_id);
    if (list === undefined) byCase.set(r.case_id, (list = []));
    list.push(p);
    // Excluded periods ("p") and extensions ("x") move the app's date; the floor counts the period alone.
    const plain = !/"[px]":/.test(r.basis);
    if (plain && r.due_date !== null && floorDate(p) !== r.due_date) mismatches++;
  }
  const periods = [...byCase.values()].flat();
  const sink: string[] = [];
  const serial = createDeadlineService(db, services.repos, services.calendar.current, cold.now);
  const fresh = () => {
    const workers = createDeadlineWorkers({ file: core.dbPath, key: cold.key, script: cold.script });
    const svc = createDeadlineService(db, services.repos, services.calendar.current, cold.now, { workers });
    return { run: () => svc.recomputeAll(), close: () => workers.close() };
  };
  const timed = await measureRotating(plan, {
    app: () => services.deadlines.recomputeAll(),
    serial: () => serial.recomputeAll(),
    cold: async () => {
      const f = fresh();
      try {
        await f.run();
      } finally {
        f.close();
      }
    },
    floor: () => {
      sink.length = 0;
      for (const p of periods) sink.push(floorDate(p));
    },
  });
  return {
    app: timed.app.wall,
    appCpu: timed.app.cpu,
    cold: timed.cold.wall,
    coldCpu: timed.cold.cpu,
    serial: timed.serial.wall,
    serialCpu: timed.serial.cpu,
    floor: timed.floor.wall,
    cases: open.length,
    periods: periods.length,
    mismatches,
    single: single(core, open, byCase, singles),
  };
}

/**
 * Each named way timed once per iteration, in an order that rotates by one each time, so drift (page cache,
 * WAL checkpoints, other work on the machine) falls on every way alike; wall and CPU time of each.
 */
async function measureRotating<K extends string>(
  plan: RunPlan,
  ways: Record<K, () => unknown>,
): Promise<Record<K, { wall: Stats; cpu: Stats }>> {
  const keys = Object.keys(ways) as K[];
  const wall = new Map<K, number[]>(keys.map((k) => [k, []]));
  const cpu = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length] as K;
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      await ways[k]();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const c = process.cpuUsage(c0);
      if (i < plan.warmup) continue;
      wall.get(k)?.push(ms);
      cpu.get(k)?.push((c.user + c.system) / 1000);
    }
  }
  const out = {} as Record<K, { wall: Stats; cpu: Stats }>;
  for (const k of keys) out[k] = { wall: summarize(wall.get(k) ?? []), cpu: summarize(cpu.get(k) ?? []) };
  return out;
}

/** One case after a mutation: its deadlines recomputed and compared inside a transaction (refresh). */
function single(
  core: AppCore,
  open: readonly string[],
  byCase: ReadonlyMap<string, FloorPeriod[]>,
  samples: number,
): DeadlineBench['single'] {
  const floorDate = createFloorDates();
  const refresh = core.db.transaction((id: string) => core.services.deadlines.refresh([id]));
  const step = Math.max(1, Math.floor(open.length / samples));
  const ids = open.filter((_, i) => i % step === 0).slice(0, samples);
  const appMs: number[] = [];
  const floorMs: number[] = [];
  const sink: string[] = [];
  for (const id of ids) {
    appMs.push(timeOnce(() => refresh(id)));
    const periods = byCase.get(id) ?? [];
    floorMs.push(timeOnce(() => periods.forEach((p) => sink.push(floorDate(p)))));
  }
  return { app: summarize(appMs), floor: summarize(floorMs), samples: ids.length };
}
