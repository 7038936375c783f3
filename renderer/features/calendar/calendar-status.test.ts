import { describe, expect, it } from 'vitest';
import { calendarWarnings } from './calendar-status';

describe('calendarWarnings', () => {
  it('is quiet when this year and next are loaded', () => {
    expect(calendarWarnings({ today: '2026-11-26', todayCovered: true, nextYearCovered: true })).toEqual([]);
  });
  it('warns about next year, naming it', () => {
    expect(calendarWarnings({ today: '2026-11-26', todayCovered: true, nextYearCovered: false })).toEqual([
      { level: 'warning', key: 'nextYear', text: '2027 年节假日安排尚未载入，涉及 2027 年的期限将无法计算' },
    ]);
  });
  it('is an error when this year is missing', () => {
    const w = calendarWarnings({ today: '2028-01-02', todayCovered: false, nextYearCovered: false });
    expect(w.map((x) => x.level)).toEqual(['error', 'warning']);
    expect(w[0]?.text).toContain('2028 年');
  });
});
