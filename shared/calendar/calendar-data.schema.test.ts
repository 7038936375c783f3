import { describe, it, expect } from 'vitest';
import { CalendarYearData } from './calendar-data.schema';
import type { CalendarData } from './calendar-types';
import { OFFICIAL_CALENDAR_DATA } from './official-calendar';

const valid = {
  year: 2027,
  source: ' 国办发明电〔2026〕X号 ',
  days: [
    { date: '2026-12-31', isOffDay: true, name: '元旦' },
    { date: '2027-01-01', isOffDay: true, name: ' 元旦 ' },
    { date: '2027-02-06', isOffDay: false, name: '春节' },
    { date: '2028-01-01', isOffDay: true, name: '元旦' },
  ],
};

function messages(input: unknown): string[] {
  const r = CalendarYearData.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('CalendarYearData', () => {
  it('accepts a year with December/January neighbours and trims text', () => {
    const parsed: CalendarData = CalendarYearData.parse(valid); // a parsed import is a CalendarData
    expect(parsed.source).toBe('国办发明电〔2026〕X号');
    expect(parsed.days[1]?.name).toBe('元旦');
  });

  it('accepts every official year', () => {
    for (const year of OFFICIAL_CALENDAR_DATA) expect(messages(year), String(year.year)).toEqual([]);
  });

  it('rejects a date outside the year and its neighbour months', () => {
    expect(messages({ ...valid, days: [{ date: '2026-11-30', isOffDay: true, name: '元旦' }] })).toEqual([
      'days.0.date: 2026-11-30 不属于 2027 年的安排（只允许该年的日期，以及上年 12 月、次年 1 月的日期）',
    ]);
    expect(messages({ ...valid, days: [{ date: '2028-02-01', isOffDay: true, name: '春节' }] })).toHaveLength(
      1,
    );
  });

  it('rejects an invalid date', () => {
    expect(messages({ ...valid, days: [{ date: '2027-02-29', isOffDay: true, name: '春节' }] })).toEqual([
      'days.0.date: 日期无效（格式应为 YYYY-MM-DD，且须为真实日期）',
    ]);
  });

  it('rejects a duplicate date', () => {
    const day = { date: '2027-01-01', isOffDay: true, name: '元旦' };
    expect(messages({ ...valid, days: [day, { ...day, isOffDay: false }] })).toEqual([
      'days.1.date: 2027-01-01 重复出现',
    ]);
  });

  it('requires a source, a name, isOffDay and at least one day', () => {
    expect(messages({ ...valid, source: '  ' })).toEqual(['source: 请填写通知文号或网址']);
    expect(messages({ ...valid, days: [] })).toEqual(['days: 至少需要一天放假或调休安排']);
    expect(messages({ ...valid, days: [{ date: '2027-01-01', isOffDay: true, name: '' }] })).toEqual([
      'days.0.name: 请填写节日名称',
    ]);
    expect(messages({ ...valid, days: [{ date: '2027-01-01', name: '元旦' }] })).toEqual([
      'days.0.isOffDay: 请注明该日是放假还是调休上班',
    ]);
  });

  it.each([1999, 2200, 2027.5, '2027'])('rejects the year %p', (year) => {
    expect(messages({ ...valid, year, days: [] }).length).toBeGreaterThan(0);
    expect(messages({ ...valid, year }).join('\n')).toMatch(/年份/);
  });
});
