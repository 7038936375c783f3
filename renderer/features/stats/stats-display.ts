import { formatFen } from '../../../shared/format';
import type { Rate } from '../../../shared/stats';

/** A rate as shown: '87.5%', or '—' when its denominator is 0 (no cases, not 0 %). */
export const percentText = (v: number | null): string =>
  v === null ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`;

/** Whether the rate meets its target; null without a target or a value. */
export const meetsTarget = (r: Pick<Rate, 'value' | 'target'>): boolean | null =>
  r.value === null || r.target === null ? null : r.value * 100 >= r.target;

export const yuanText = (fen: number): string => `${formatFen(fen)} 元`;

/** 统计分析-2026-01-01至2026-10-30 — the file and print title name the period. */
export const periodTitle = (p: { from: string; to: string }): string => `${p.from} 至 ${p.to}`;
