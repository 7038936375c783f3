import { describe, it, expect } from 'vitest';
import { createCalendar } from './calendar';
import { formatDay, toDayNumber } from './iso-day';
import { officialCalendar as cal } from './official-calendar';

const ROLL = { rollForward: true } as const;
const RAW = { rollForward: false } as const;

/** The day before, for the strict reading of the hearing-notice rule. */
const dayBefore = (date: string) => formatDay(toDayNumber(date) - 1);

describe('worked examples of reference §2.4 and §2.5', () => {
  it('defence period: served Fri 2026-09-25 + 10 working days → 2026-10-15', () => {
    expect(cal.addWorkdays('2026-09-25', 10)).toBe('2026-10-15');
  });

  it('defence period read as natural days: 10-05 (holiday) rolls forward to 2026-10-08', () => {
    expect(cal.addNaturalDays('2026-09-25', 10, RAW)).toBe('2026-10-05');
    expect(cal.addNaturalDays('2026-09-25', 10, ROLL)).toBe('2026-10-08');
  });

  it('hearing Tue 2026-10-13, 5 working days’ notice: lenient latest service date 2026-09-30', () => {
    expect(cal.subtractWorkdays('2026-10-13', 5)).toBe('2026-09-30');
    expect(cal.addWorkdays('2026-09-30', 5)).toBe('2026-10-13'); // the 5th working day is the hearing itself
  });

  it('strict reading: served 2026-09-29, five full working days lie before the hearing', () => {
    expect(cal.addWorkdays('2026-09-29', 5)).toBe('2026-10-12');
    // 09-30, 10-08, 10-09, 10-10 (Saturday make-up), 10-12 — strictly between service and hearing:
    expect(cal.workdaysBetween('2026-09-29', '2026-10-13') - (cal.isWorkday('2026-10-13') ? 1 : 0)).toBe(5);
    // The strict date is the day before the lenient one; here that is also the 6th working day before.
    expect(dayBefore(cal.subtractWorkdays('2026-10-13', 5))).toBe('2026-09-29');
    expect(cal.subtractWorkdays('2026-10-13', 6)).toBe('2026-09-29');
  });

  it('strict reading in general is the day before the lenient date, which may be an off day', () => {
    // Hearing Mon 2026-11-09: lenient 11-02 (Mon); service on Sun 11-01 still leaves 11-02…11-06 before it.
    expect(cal.subtractWorkdays('2026-11-09', 5)).toBe('2026-11-02');
    expect(cal.addWorkdays('2026-11-01', 5)).toBe('2026-11-06');
    expect(cal.subtractWorkdays('2026-11-09', 6)).toBe('2026-10-30'); // one working day too early
  });

  it('45-day limit: accepted 2026-09-01 → 2026-10-16, a Friday, with or without roll-forward', () => {
    expect(cal.addNaturalDays('2026-09-01', 45, RAW)).toBe('2026-10-16');
    expect(cal.addNaturalDays('2026-09-01', 45, ROLL)).toBe('2026-10-16');
  });

  it('limitation period: knew 2025-03-10 + 1 year → 2026-03-10', () => {
    expect(cal.addYears('2025-03-10', 1, ROLL)).toBe('2026-03-10');
    expect(cal.addMonths('2025-03-10', 12, ROLL)).toBe('2026-03-10');
  });
});

describe('months and years (民法典 art 202)', () => {
  it.each([
    ['2024-02-29', 1, RAW, '2025-02-28'],
    ['2024-02-29', 4, RAW, '2028-02-29'],
    ['2025-10-01', 1, RAW, '2026-10-01'],
    ['2025-10-01', 1, ROLL, '2026-10-08'], // National Day block, rolled forward
    ['2025-02-15', 1, ROLL, '2026-02-24'], // Sunday inside 春节 (2-15…2-23), rolled forward
  ] as const)('addYears(%s, %i, %o) → %s', (date, n, options, expected) => {
    expect(cal.addYears(date, n, options)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, RAW, '2025-02-28'],
    ['2024-01-31', 1, RAW, '2024-02-29'],
    ['2025-08-31', 1, RAW, '2025-09-30'],
    ['2026-04-30', 1, ROLL, '2026-06-01'], // 05-30 is a Saturday
    ['2026-04-01', 1, ROLL, '2026-05-06'], // 05-01 … 05-05 off
  ] as const)('addMonths(%s, %i, %o) → %s', (date, n, options, expected) => {
    expect(cal.addMonths(date, n, options)).toBe(expected);
  });
});

describe('input validation', () => {
  it.each(['2026-02-30', '2026-1-5', '', '2026/01/05'])(
    'rejects the date %j with a Chinese RangeError',
    (d) => {
      expect(() => cal.isWorkday(d)).toThrow(RangeError);
      expect(() => cal.addWorkdays(d, 1)).toThrow(/日期无效/);
      expect(() => cal.addNaturalDays(d, 1, RAW)).toThrow(/日期无效/);
      expect(() => cal.workdaysBetween('2026-01-05', d)).toThrow(/日期无效/);
    },
  );

  it.each([-1, 1.5, NaN, Infinity, 2 ** 53])('rejects the count %p', (n) => {
    expect(() => cal.addWorkdays('2026-01-05', n)).toThrow(/工作日数须为非负整数/);
    expect(() => cal.subtractWorkdays('2026-01-05', n)).toThrow(RangeError);
    expect(() => cal.addNaturalDays('2026-01-05', n, RAW)).toThrow(/天数须为非负整数/);
    expect(() => cal.addMonths('2026-01-05', n, RAW)).toThrow(/月数须为非负整数/);
    expect(() => cal.addYears('2026-01-05', n, RAW)).toThrow(/年数须为非负整数/);
  });

  it('refuses results after 9999-12-31', () => {
    expect(() => cal.addNaturalDays('9999-12-30', 5, RAW)).toThrow(/超出支持的日期范围/);
    expect(() => cal.addYears('9999-01-01', 1, RAW)).toThrow(/超出支持的日期范围/);
    expect(() => cal.addYears('2026-01-01', Number.MAX_SAFE_INTEGER, RAW)).toThrow(RangeError);
    expect(() => cal.addMonths('9999-12-01', 1, RAW)).toThrow(RangeError);
  });

  it('rejects bad data in createCalendar', () => {
    expect(() =>
      createCalendar([
        { year: 2030, source: 'x', days: [{ date: '2030-02-30', isOffDay: true, name: 'x' }] },
      ]),
    ).toThrow(RangeError);
    expect(() => createCalendar([{ year: 20300, source: 'x', days: [] }])).toThrow(/年份无效/);
  });
});

describe('n = 0 and direction', () => {
  it('n = 0 returns the date unchanged, even an off day or a day of a missing year', () => {
    expect(cal.addWorkdays('2026-10-03', 0)).toBe('2026-10-03');
    expect(cal.subtractWorkdays('2026-10-03', 0)).toBe('2026-10-03');
    expect(cal.addWorkdays('2030-01-01', 0)).toBe('2030-01-01');
    expect(cal.addNaturalDays('2026-10-03', 0, RAW)).toBe('2026-10-03');
    expect(cal.addNaturalDays('2026-10-03', 0, ROLL)).toBe('2026-10-08');
  });

  it('workdaysBetween is 0 for the same day and antisymmetric', () => {
    expect(cal.workdaysBetween('2026-10-01', '2026-10-01')).toBe(0);
    expect(cal.workdaysBetween('2026-09-25', '2026-10-15')).toBe(10);
    expect(cal.workdaysBetween('2026-10-15', '2026-09-25')).toBe(-10);
    expect(cal.workdaysBetween('2026-10-01', '2026-10-07')).toBe(0);
  });

  it('counts across many years in one call', () => {
    const total = cal.workdaysBetween('2006-12-31', '2026-12-31');
    let naive = 0;
    for (let d = toDayNumber('2007-01-01'); d <= toDayNumber('2026-12-31'); d++) {
      if (cal.isWorkday(formatDay(d))) naive++;
    }
    expect(total).toBe(naive);
    expect(cal.addWorkdays('2006-12-31', total)).toBe('2026-12-31'); // 12-31-2026 is a Thursday, a working day
  });
});
