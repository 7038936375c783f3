import { statSync } from 'node:fs';
import type { Db } from '../db/connection';
import { checkIntegrity } from '../db/integrity';
import type { Logger } from '../logger';

export type DbHealthState = 'checking' | 'ok' | 'damaged';
export type DbHealth = { state: DbHealthState; problems: string[]; checkedAt: string | null };

export type DbHealthDeps = {
  db: Db;
  dbPath: string;
  now: () => number;
  log: Logger;
  /** Files up to this size are checked before the first call is answered (default 64 MiB, a few ms–1 s). */
  syncCheckMaxBytes?: number;
  /** How long a larger file waits before its check, so the window is up first (default 3 s). */
  deferMs?: number;
};

/**
 * `PRAGMA quick_check` after start (issue 14 item 4). A small file is checked at once, so damage is known before
 * the first screen; a large one a little later, off the start path. _Not done:_ the deferred check still runs on
 * the main thread once it starts (better-sqlite3 is synchronous; a worker thread would need its own bundle entry
 * and native binding), so a very large file freezes the window for the check's duration once, after start.
 * Damage met at run time (SQLITE_CORRUPT from any channel) marks the same state, which is what allows the restore
 * without signing in (the database that would say who may is the damaged one).
 */
export function createDbHealth(deps: DbHealthDeps) {
  let health: DbHealth = { state: 'checking', problems: [], checkedAt: null };
  let timer: NodeJS.Timeout | undefined;
  let settle: (h: DbHealth) => void = () => undefined;
  const checked = new Promise<DbHealth>((resolve) => (settle = resolve));

  const markDamaged = (problems: string[]): void => {
    const at = new Date(deps.now()).toISOString();
    health = {
      state: 'damaged',
      problems: [...new Set([...health.problems, ...problems])].slice(0, 20),
      checkedAt: at,
    };
    settle(health);
  };

  const run = (): void => {
    timer = undefined;
    if (health.state === 'damaged') return settle(health);
    let report;
    try {
      report = checkIntegrity(deps.db, { quick: true });
    } catch (e) {
      report = { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
    }
    if (report.ok) {
      health = { state: 'ok', problems: [], checkedAt: new Date(deps.now()).toISOString() };
      settle(health);
      return;
    }
    deps.log.error(new Error(`quick_check failed: ${report.problems.join('; ')}`), {
      where: 'db.quick_check',
    });
    markDamaged(report.problems);
  };

  return {
    current: (): DbHealth => health,
    /** Checks now (small file) or schedules the check (large file). */
    start(): void {
      let size = 0;
      try {
        size = statSync(deps.dbPath).size;
      } catch {
        size = 0;
      }
      if (size <= (deps.syncCheckMaxBytes ?? 64 * 1024 * 1024)) return run();
      timer = setTimeout(run, deps.deferMs ?? 3000);
      timer.unref();
    },
    /** Resolves with the first verdict (tests wait here instead of on a timer). */
    whenChecked: (): Promise<DbHealth> => checked,
    markDamaged: (problem: string): void => {
      if (health.state !== 'damaged') deps.log.info('db.damaged_at_run_time', { problem });
      markDamaged([problem]);
    },
    stop(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
export type DbHealthMonitor = ReturnType<typeof createDbHealth>;
