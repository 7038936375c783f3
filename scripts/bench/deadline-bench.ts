import type { AppCore } from '../../electron/main/app-core';
import { createFloorDates, type FloorPeriod } from './deadline-floor';
import { measurePair, summarize, timeOnce, type RunPlan, type Stats } from './timing';

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
  app: Stats;
  floor: Stats;
  /** The app's CPU time per recompute (user + system): on a shared machine the wall time mostly measures the load. */
  appCpu: Stats;
  cases: number;
  periods: number;
  /** Periods without excluded days or extensions whose floor date differs from the app's (should be 0). */
  mismatches: number;
  single: { app: Stats; floor: Stats; samples: number };
};

/**
 * Recomputing every open case's deadlines (after a rules or calendar change): the app reads each chunk's cases
 * and logs, folds them, applies every rule (restarts, exclusions, extensions) and compares with the stored
 * projection, writing what changed. The floor is the date arithmetic alone — each stored period's last day
 * from its start date — in a plain loop of its own (deadline-floor.ts), not the app's calendar. Then one case's
 * recompute inside a transaction, as a mutation refreshes it, beside that case's periods by hand.
 */
export function benchDeadlines(core: AppCore, plan: RunPlan, singles = 200): DeadlineBench {
  const { services, db } = core;
  services.deadlines.recomputeAll();
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
  const cpuMs: number[] = [];
  const all = measurePair(
    plan,
    (i) => () => {
      const c0 = process.cpuUsage();
      services.deadlines.recomputeAll();
      const c = process.cpuUsage(c0);
      if (i >= plan.warmup) cpuMs.push((c.user + c.system) / 1000);
    },
    () => () => {
      sink.length = 0;
      for (const p of periods) sink.push(floorDate(p));
    },
  );
  return {
    ...all,
    appCpu: summarize(cpuMs),
    cases: open.length,
    periods: periods.length,
    mismatches,
    single: single(core, open, byCase, singles),
  };
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
