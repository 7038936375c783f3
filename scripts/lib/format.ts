/** Human-readable durations and sizes for script output (Chinese units). */

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  if (seconds < 60) return `${seconds.toFixed(1)} 秒`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  if (m < 60) return `${m} 分 ${s} 秒`;
  return `${Math.floor(m / 60)} 小时 ${m % 60} 分`;
}

export const toMB = (bytes: number): number => bytes / (1024 * 1024);

export const formatMB = (bytes: number): string => `${toMB(bytes).toFixed(1)} MB`;
