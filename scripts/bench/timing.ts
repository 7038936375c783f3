/** Timing with process.hrtime.bigint: warm-up runs first, then timed runs; medians and p95 in milliseconds. */

export type Stats = { runs: number; medianMs: number; p95Ms: number; minMs: number; maxMs: number };

export type RunPlan = { warmup: number; runs: number };

/** Median and nearest-rank p95 of samples in milliseconds. */
export function summarize(samplesMs: readonly number[]): Stats {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (i: number) => s[Math.min(s.length - 1, Math.max(0, i))] ?? Number.NaN;
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return {
    runs: s.length,
    medianMs: median,
    p95Ms: at(Math.ceil(s.length * 0.95) - 1),
    minMs: at(0),
    maxMs: at(s.length - 1),
  };
}

export function timeOnce(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Builds (untimed) the thunk for iteration i: inputs, ids and statements are made here, only the thunk is timed. */
export type Prepare = (i: number) => () => void;

/**
 * Times the app's way and the floor's way of doing the same work, alternating which goes first on each
 * iteration so drift (page cache, WAL checkpoints, CPU frequency) falls on both sides alike.
 */
export function measurePair(plan: RunPlan, app: Prepare, floor: Prepare): { app: Stats; floor: Stats } {
  const appMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const timed = i >= plan.warmup;
    const runApp = () => {
      const ms = timeOnce(app(i));
      if (timed) appMs.push(ms);
    };
    const runFloor = () => {
      const ms = timeOnce(floor(i));
      if (timed) floorMs.push(ms);
    };
    if (i % 2 === 0) {
      runApp();
      runFloor();
    } else {
      runFloor();
      runApp();
    }
  }
  return { app: summarize(appMs), floor: summarize(floorMs) };
}
