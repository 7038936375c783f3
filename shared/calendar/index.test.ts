import { describe, it, expect } from 'vitest';
import {
  CalendarGapError,
  CalendarYearData,
  addNaturalDays,
  addWorkdays,
  calendarCoverage,
  createCalendar,
  isWorkday,
  officialCalendar,
} from './index';

describe('public API (shared/calendar)', () => {
  it('binds the functions to the official data', () => {
    expect(isWorkday('2026-01-04')).toBe(true);
    expect(addWorkdays('2026-09-25', 10)).toBe('2026-10-15');
    expect(addNaturalDays('2026-09-25', 10, { rollForward: true })).toBe('2026-10-08');
    expect(addNaturalDays('2026-09-25', 10, { rollForward: false })).toBe('2026-10-05');
    expect(calendarCoverage()).toEqual({ from: '2007-01-01', to: '2026-12-31' });
    expect(() => isWorkday('2027-01-04')).toThrow(CalendarGapError);
  });

  it('lets an imported year be layered on after validation', () => {
    const imported = CalendarYearData.parse({
      year: 2027,
      source: '测试',
      days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }],
    });
    const layered = officialCalendar.withYear(imported);
    expect(layered.isWorkday('2027-01-04')).toBe(true);
    expect(createCalendar([imported]).coveredYears()).toEqual([2027]);
  });
});
