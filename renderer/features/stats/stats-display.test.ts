import { describe, expect, it } from 'vitest';
import { meetsTarget, percentText, yuanText } from './stats-display';
import { monthlyOption, ratesOption } from './chart-options';
import { officialStatistics, monthlyTrend } from '../../../shared/stats';

describe('stats display', () => {
  it('shows a rate with one decimal, and no value as —', () => {
    expect(percentText(7 / 9)).toBe('77.8%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(null)).toBe('—');
  });
  it('compares with the target in percent', () => {
    expect(meetsTarget({ value: 0.7, target: 70 })).toBe(true);
    expect(meetsTarget({ value: 0.69, target: 70 })).toBe(false);
    expect(meetsTarget({ value: null, target: 70 })).toBeNull();
    expect(meetsTarget({ value: 0.5, target: null })).toBeNull();
  });
  it('formats money in yuan', () => {
    expect(yuanText(123456)).toBe('1,234.56 元');
  });
  it('builds chart options from the figures', () => {
    const p = { from: '2026-01-01', to: '2026-02-28' };
    const s = officialStatistics([], p);
    expect(monthlyOption(monthlyTrend([], p)).xAxis).toMatchObject({ data: ['2026-01', '2026-02'] });
    const series = ratesOption(s.rates).series as { name: string; data: (number | null)[] }[];
    expect(series[1]?.data).toEqual([70, 95]); // only rates with a target show without cases
  });
});
