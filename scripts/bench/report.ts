import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Stats } from './timing';

export type MetricRow = { key: string; label: string; app: Stats; floor: Stats };

/** Terminal columns a string occupies: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

export const ratioOf = (r: MetricRow): number => r.app.medianMs / r.floor.medianMs;

const ms = (n: number) => (n >= 100 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3));

/** Plain-text table; the first column left-aligned, numbers right-aligned. */
export function formatTable(headers: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) =>
    Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[c] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? padEnd(cell, widths[c] ?? 0) : padStart(cell, widths[c] ?? 0)))
      .join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(headers), rule, ...body.map(line)].join('\n');
}

export function metricsTable(rows: readonly MetricRow[]): string {
  return formatTable(
    ['metric', 'median ms', 'p95 ms', 'floor median ms', 'ratio (median/floor)'],
    rows.map((r) => [
      r.label,
      ms(r.app.medianMs),
      ms(r.app.p95Ms),
      ms(r.floor.medianMs),
      `${ratioOf(r).toFixed(2)}×`,
    ]),
  );
}

/** One JSON line appended to bench-output/bench-<YYYY-MM-DD>.json (several runs a day → several lines). */
export function writeJsonLine(outDir: string, record: object, at: Date = new Date()): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${at.toISOString().slice(0, 10)}.json`);
  appendFileSync(file, `${JSON.stringify(record)}\n`);
  return file;
}
