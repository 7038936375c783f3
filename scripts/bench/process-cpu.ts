import { readFileSync } from 'node:fs';
import type { ServerDb } from '../../server/db/types';

/**
 * CPU time (user + system) the server process and the database's backends spent in a load run's window, read
 * from /proc (Linux; the bench runs on the database's host). On a machine shared with other work the throughput
 * and latency of two versions scatter by ±30 % from run to run, while the CPU each spends per mutation hardly
 * moves with the load around it: the figure to compare versions by. Elsewhere than Linux it reads as null.
 */
export type CpuSnapshot = { server: number | null; backends: Map<number, number> };

const TICKS_PER_SECOND = 100;

/** utime + stime of `pid` in milliseconds, or null when /proc does not have it. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

export async function cpuSnapshot(serverPid: number | undefined, db: ServerDb): Promise<CpuSnapshot> {
  const { rows } = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  const backends = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms !== null) backends.set(pid, ms);
  }
  return { server: serverPid === undefined ? null : cpuMs(serverPid), backends };
}

/**
 * Milliseconds of CPU per unit (a committed mutation) between two snapshots: the server process's, and the
 * backends' present at both (the pool's connections; one opened meanwhile is not counted).
 */
export function cpuPer(
  before: CpuSnapshot,
  after: CpuSnapshot,
  units: number,
): { serverMs: number | null; backendsMs: number | null } {
  if (units <= 0) return { serverMs: null, backendsMs: null };
  const serverMs =
    before.server === null || after.server === null ? null : (after.server - before.server) / units;
  let backends = 0;
  let seen = 0;
  for (const [pid, ms] of after.backends) {
    const was = before.backends.get(pid);
    if (was === undefined) continue;
    backends += ms - was;
    seen++;
  }
  return { serverMs, backendsMs: seen === 0 ? null : backends / units };
}
