import { describe, expect, it } from 'vitest';
import { daysSummary, normalizeDate, parseCalendarLines } from './calendar-lines';

describe('parseCalendarLines', () => {
  it('reads days off and make-up working days, skipping blanks and comments', () => {
    const text = [
      '# 2027 年',
      '2027-01-01 休 元旦',
      '',
      '2027-02-06\t休\t春节',
      '2027-02-14　班　春节',
      '2027-10-01 放假 国庆节',
    ].join('\n');
    const r = parseCalendarLines(text);
    expect(r.errors).toEqual([]);
    expect(r.days).toEqual([
      { line: 2, date: '2027-01-01', isOffDay: true, name: '元旦' },
      { line: 4, date: '2027-02-06', isOffDay: true, name: '春节' },
      { line: 5, date: '2027-02-14', isOffDay: false, name: '春节' },
      { line: 6, date: '2027-10-01', isOffDay: true, name: '国庆节' },
    ]);
  });
  it('keeps names with spaces whole', () => {
    expect(parseCalendarLines('2027-05-01 休 劳动节 假期').days[0]?.name).toBe('劳动节 假期');
  });
  it('reports each problem with its line number, in Chinese', () => {
    const r = parseCalendarLines(
      ['2027-02-30 休 春节', '2027-02-06 放 春节', '2027-02-07 休', 'hello'].join('\n'),
    );
    expect(r.days).toEqual([]);
    expect(r.errors).toEqual([
      '第 1 行：日期“2027-02-30”无效（格式应为 YYYY-MM-DD，且须为真实日期）',
      '第 2 行：“放”应为“休”（放假）或“班”（调休上班）',
      '第 3 行：缺少节日名称',
      '第 4 行：格式应为“YYYY-MM-DD 休 名称”或“YYYY-MM-DD 班 名称”',
    ]);
  });
  it('accepts Windows line ends', () => {
    expect(parseCalendarLines('2027-01-01 休 元旦\r\n2027-01-02 休 元旦\r\n').days).toHaveLength(2);
  });
});

describe('normalizeDate', () => {
  it('accepts the common ways dates are written in a notice', () => {
    expect(normalizeDate('2027-2-6')).toBe('2027-02-06');
    expect(normalizeDate('2027/02/06')).toBe('2027-02-06');
    expect(normalizeDate('2027年2月6日')).toBe('2027-02-06');
    expect(normalizeDate('2027-13-01')).toBeNull();
    expect(normalizeDate('27-02-06')).toBeNull();
  });
});

describe('daysSummary', () => {
  it('counts days off and working days', () => {
    expect(daysSummary([{ isOffDay: true }, { isOffDay: true }, { isOffDay: false }])).toBe(
      '共 3 天：放假 2 天，调休上班 1 天',
    );
  });
});
