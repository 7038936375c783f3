import { describe, expect, it } from 'vitest';
import { CalendarImportForm, suggestedYear, toCalendarYear } from './calendar-import-form';

const SOURCE = '国办发明电〔2026〕7号';

describe('toCalendarYear', () => {
  it('turns the form into CalendarYearData', () => {
    const r = toCalendarYear({
      year: 2027,
      source: ` ${SOURCE} `,
      daysText: '2027-01-01 休 元旦\n2027-02-14 班 春节',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2027,
        source: SOURCE,
        days: [
          { date: '2027-01-01', isOffDay: true, name: '元旦' },
          { date: '2027-02-14', isOffDay: false, name: '春节' },
        ],
      },
    });
  });
  it('names the line of a date outside the year or repeated', () => {
    const r = toCalendarYear({
      year: 2027,
      source: SOURCE,
      daysText: '2027-01-01 休 元旦\n\n2028-03-01 休 错年\n2027-01-01 休 元旦',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.field).toBe('daysText');
    expect(r.problems[0]?.message.split('\n')).toEqual([
      '第 3 行：2028-03-01 不属于 2027 年的安排（只允许该年的日期，以及上年 12 月、次年 1 月的日期）',
      '第 4 行：2027-01-01 重复出现',
    ]);
  });
  it('reports a missing year, source and days by field', () => {
    const r = toCalendarYear({ year: null, source: ' ', daysText: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.fromEntries(r.problems.map((p) => [p.field, p.message]))).toEqual({
      year: '请填写年份',
      source: '请填写通知文号或网址',
      daysText: '至少需要一天放假或调休安排',
    });
  });
  it('reports parse errors without also complaining the list is empty', () => {
    const r = toCalendarYear({ year: 2027, source: SOURCE, daysText: 'abc' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message)).toEqual([
      '第 1 行：格式应为“YYYY-MM-DD 休 名称”或“YYYY-MM-DD 班 名称”',
    ]);
  });
});

describe('CalendarImportForm schema', () => {
  it('puts the problems on the form’s fields', () => {
    const r = CalendarImportForm.safeParse({ year: 1999, source: SOURCE, daysText: '1999-01-01 休 元旦' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['year']);
  });
});

describe('suggestedYear', () => {
  it('offers the first missing year', () => {
    expect(suggestedYear('2026-11-26', [{ year: 2025 }, { year: 2026 }])).toBe(2027);
    expect(suggestedYear('2027-01-05', [{ year: 2025 }, { year: 2026 }])).toBe(2027);
    expect(suggestedYear('2026-11-26', [{ year: 2026 }, { year: 2027 }])).toBe(2028);
  });
});
