import { formatDuration } from './format';

export type ProgressBar = { update(done: number): void; finish(): void };

const WIDTH = 30;

/**
 * A text progress bar on stderr: percentage, items per second and ETA. On a terminal it redraws one line;
 * otherwise (CI, redirected output) it prints a line at every 10 %.
 */
export function createProgressBar(
  total: number,
  unit: string,
  out: NodeJS.WriteStream = process.stderr,
): ProgressBar {
  const start = process.hrtime.bigint();
  const tty = out.isTTY;
  let lastDecile = -1;
  let lastDraw = 0n;
  const render = (done: number): string => {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * WIDTH);
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.NaN;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const pct = `${(ratio * 100).toFixed(1).padStart(5)}%`;
    const etaText = Number.isFinite(eta) ? formatDuration(eta) : '--';
    return `[${bar}] ${pct}  ${done}/${total} ${unit}  ${rate.toFixed(0)} ${unit}/秒  预计剩余 ${etaText}`;
  };
  return {
    update(done) {
      if (tty) {
        const now = process.hrtime.bigint();
        if (done < total && now - lastDraw < 100_000_000n) return; // at most 10 redraws a second
        lastDraw = now;
        out.write(`\r${render(done)}\x1b[K`);
      } else {
        const decile = Math.floor((done / Math.max(total, 1)) * 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        out.write(`${render(done)}\n`);
      }
    },
    finish() {
      if (tty) out.write('\n');
    },
  };
}
