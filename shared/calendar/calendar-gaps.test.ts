import { describe, it, expect } from 'vitest';
import { createCalendar } from './calendar';
import { CalendarGapError } from './calendar-gap-error';
import type { CalendarData } from './calendar-types';
import { officialCalendar as cal } from './official-calendar';

// Years without data (reference decisions item 3, §8.3 item 3) and years layered on by an administrator.

const ROLL = { rollForward: true } as const;
const RAW = { rollForward: false } as const;

/** A fictional 2027 arrangement (the real notice is not in the data): 元旦 Fri 1-1 … Sun 1-3, plus one change to
 *  late December 2026 to show that a next-year notice may fix days of the year before (§8.2). */
const FAKE_2027: CalendarData = {
  year: 2027,
  source: '测试用虚构通知（非真实安排）',
  days: [
    { date: '2026-12-31', isOffDay: true, name: '元旦' },
    { date: '2027-01-01', isOffDay: true, name: '元旦' },
    { date: '2027-01-02', isOffDay: true, name: '元旦' },
    { date: '2027-01-03', isOffDay: true, name: '元旦' },
    { date: '2027-01-09', isOffDay: false, name: '元旦' },
  ],
};

function gapOf(fn: () => unknown): CalendarGapError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarGapError) return e;
    throw e;
  }
  throw new Error('expected a CalendarGapError');
}

describe('CALENDAR_GAP: a year without data is never guessed', () => {
  it('addWorkdays into 2027 throws with code and year', () => {
    const e = gapOf(() => cal.addWorkdays('2026-12-30', 5));
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('CALENDAR_GAP');
    expect(e.year).toBe(2027);
    expect(e.date).toBe('2027-01-01');
    expect(e.name).toBe('CalendarGapError');
    expect(e.message).toBe(
      '2027 年的节假日安排尚未载入，无法计算工作日；请在“设置—工作日历”中导入国务院办公厅通知',
    );
  });

  it('stays inside 2026 without throwing when the walk does not leave it', () => {
    expect(cal.addWorkdays('2026-12-30', 1)).toBe('2026-12-31');
    expect(cal.addWorkdays('2026-12-31', 0)).toBe('2026-12-31');
  });

  it('isWorkday, isOffDay and dayInfo on 2027 throw', () => {
    expect(gapOf(() => cal.isWorkday('2027-01-04')).year).toBe(2027);
    expect(gapOf(() => cal.isOffDay('2027-01-04')).year).toBe(2027);
    expect(gapOf(() => cal.dayInfo('2027-06-01')).year).toBe(2027);
  });

  it('natural days without roll-forward are pure date math and never throw', () => {
    expect(cal.addNaturalDays('2026-12-30', 10, RAW)).toBe('2027-01-09');
    expect(cal.addNaturalDays('2030-01-01', 365, RAW)).toBe('2031-01-01');
    expect(cal.addMonths('2026-12-31', 2, RAW)).toBe('2027-02-28');
    expect(cal.addYears('2026-03-10', 5, RAW)).toBe('2031-03-10');
  });

  it('with roll-forward, throws only when a day that must be checked lies in 2027', () => {
    expect(gapOf(() => cal.addNaturalDays('2026-12-30', 10, ROLL)).year).toBe(2027);
    expect(cal.addNaturalDays('2026-12-20', 10, ROLL)).toBe('2026-12-30');
    expect(cal.addNaturalDays('2026-12-24', 2, ROLL)).toBe('2026-12-28'); // Sat → Mon, all in 2026
    expect(gapOf(() => cal.addYears('2026-03-10', 1, ROLL)).year).toBe(2027);
  });

  it('a roll-forward that walks from a loaded year into a missing one throws', () => {
    const only2030 = createCalendar([
      { year: 2030, source: '测试', days: [{ date: '2030-12-31', isOffDay: true, name: '测试' }] },
    ]);
    expect(only2030.addNaturalDays('2030-12-29', 1, ROLL)).toBe('2030-12-30'); // Monday
    expect(gapOf(() => only2030.addNaturalDays('2030-12-30', 1, ROLL)).year).toBe(2031);
  });

  it('walking backwards past 2007 throws for 2006', () => {
    expect(gapOf(() => cal.subtractWorkdays('2007-01-05', 10)).year).toBe(2006);
    expect(gapOf(() => cal.workdaysBetween('2006-12-01', '2007-01-10')).year).toBe(2006);
  });

  it('workdaysBetween needs every year it spans', () => {
    expect(cal.workdaysBetween('2026-11-30', '2026-12-31')).toBe(23);
    expect(gapOf(() => cal.workdaysBetween('2026-12-01', '2027-01-10')).year).toBe(2027);
    expect(gapOf(() => cal.workdaysBetween('2027-01-10', '2026-12-01')).year).toBe(2027);
  });
});

describe('withYear: an administrator-imported year', () => {
  const with2027 = cal.withYear(FAKE_2027);

  it('makes 2027 computable and extends the coverage', () => {
    expect(with2027.addWorkdays('2026-12-30', 5)).toBe('2027-01-08'); // 12-31 and 1-1…1-3 off
    expect(with2027.isWorkday('2027-01-04')).toBe(true);
    expect(with2027.isWorkday('2027-01-09')).toBe(true); // Saturday make-up day
    expect(with2027.addNaturalDays('2026-12-30', 10, ROLL)).toBe('2027-01-09');
    expect(with2027.coverage()).toEqual({ from: '2007-01-01', to: '2027-12-31' });
    expect(with2027.coveredYears().at(-1)).toBe(2027);
    expect(with2027.sourceOf(2027)).toBe('测试用虚构通知（非真实安排）');
  });

  it('applies its late-December day to 2026, merged by date', () => {
    expect(with2027.dayInfo('2026-12-31')).toEqual({
      date: '2026-12-31',
      workday: false,
      kind: 'holiday',
      name: '元旦',
    });
  });

  it('leaves the original calendar unchanged', () => {
    expect(cal.isWorkday('2026-12-31')).toBe(true);
    expect(() => cal.isWorkday('2027-01-04')).toThrow(CalendarGapError);
    expect(cal.coverage()).toEqual({ from: '2007-01-01', to: '2026-12-31' });
  });

  it('replaces a year with the same number entirely', () => {
    const corrected = cal.withYear({
      year: 2026,
      source: '更正',
      days: [{ date: '2026-10-08', isOffDay: true, name: '测试' }],
    });
    expect(corrected.isWorkday('2026-10-01')).toBe(true); // the old 2026 days are gone
    expect(corrected.isWorkday('2026-10-08')).toBe(false);
    expect(corrected.sourceOf(2026)).toBe('更正');
    expect(corrected.isWorkday('2025-10-08')).toBe(false); // other years untouched
  });
});

describe('coverage and coveredYears', () => {
  const year = (y: number): CalendarData => ({
    year: y,
    source: String(y),
    days: [{ date: `${y}-01-01`, isOffDay: true, name: '元旦' }],
  });

  it('official data covers 2007–2026', () => {
    expect(cal.coverage()).toEqual({ from: '2007-01-01', to: '2026-12-31' });
    expect(cal.coveredYears()).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
  });

  it('is the longest unbroken run, the later one on a tie; null when empty', () => {
    expect(createCalendar([]).coverage()).toBeNull();
    expect(createCalendar([]).coveredYears()).toEqual([]);
    expect(createCalendar([year(2013), year(2010), year(2011)]).coverage()).toEqual({
      from: '2010-01-01',
      to: '2011-12-31',
    });
    expect(createCalendar([year(2010), year(2012)]).coverage()).toEqual({
      from: '2012-01-01',
      to: '2012-12-31',
    });
  });

  it('a year whose own data is empty is not covered (the 2027 placeholder)', () => {
    const c = createCalendar([year(2026), { year: 2027, source: '', days: [] }]);
    expect(c.coveredYears()).toEqual([2026]);
    expect(() => c.isWorkday('2027-03-01')).toThrow(CalendarGapError);
  });

  it('computes in a loaded year even when its neighbours are missing', () => {
    const c = createCalendar([year(2010), year(2012)]);
    expect(c.isWorkday('2012-06-01')).toBe(true);
    expect(() => c.addWorkdays('2010-12-31', 1)).toThrow(/2011 年/);
  });
});
