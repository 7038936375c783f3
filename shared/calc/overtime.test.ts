import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { overtimePay } from './overtime';

describe('overtimePay — reference §3.3(2)', () => {
  it('base 8,700 → hourly 50.00; 10 h × 150% + 8 h × 200% + 8 h × 300% = 2,750.00', () => {
    const r = overtimePay({ baseMonthlyWageFen: 870000, weekdayHours: 10, restDayHours: 8, holidayHours: 8 });
    expect(r.hourlyWageFen).toBe(5000);
    expect(r.partsFen).toEqual({ weekday: 75000, restDay: 80000, holiday: 120000 });
    expect(r.amountFen).toBe(275000);
    expect(r.explain.at(-1)).toContain('= 2,750.00 元');
    expect(r.basis).toContain('《劳动法》第四十四条');
  });

  it('rounds once: 9,000 base, 1 h each at 150% → 77.586… → 77.59', () => {
    const r = overtimePay({ baseMonthlyWageFen: 900000, weekdayHours: 1, restDayHours: 0, holidayHours: 0 });
    expect(r.amountFen).toBe(7759);
    // 3 × 1 h: 232.758… → 232.76, whereas 3 × 77.59 would be 232.77.
    expect(
      overtimePay({ baseMonthlyWageFen: 900000, weekdayHours: 3, restDayHours: 0, holidayHours: 0 })
        .amountFen,
    ).toBe(23276);
  });

  it('takes decimal hours exactly (0.1 h is a tenth, not a binary approximation)', () => {
    const r = overtimePay({
      baseMonthlyWageFen: 1740000,
      weekdayHours: 0.1,
      restDayHours: 0,
      holidayHours: 0,
    });
    // hourly 100.00; 0.1 h × 150% = 15.00 exactly
    expect(r.amountFen).toBe(1500);
  });

  it('no hours → 0', () => {
    expect(
      overtimePay({ baseMonthlyWageFen: 900000, weekdayHours: 0, restDayHours: 0, holidayHours: 0 })
        .amountFen,
    ).toBe(0);
  });

  it('warns above 36 weekday hours per month only when months is given', () => {
    const input = { baseMonthlyWageFen: 900000, weekdayHours: 73, restDayHours: 0, holidayHours: 0 };
    expect(overtimePay(input).warnings).toEqual([]);
    expect(overtimePay({ ...input, months: 2 }).warnings.join()).toContain('第四十一条');
    expect(overtimePay({ ...input, weekdayHours: 72, months: 2 }).warnings).toEqual([]);
  });

  it('reminds that 300% is for statutory holiday dates only', () => {
    expect(
      overtimePay({
        baseMonthlyWageFen: 900000,
        weekdayHours: 0,
        restDayHours: 0,
        holidayHours: 8,
      }).warnings.join(),
    ).toContain('调休');
  });

  it.each([
    ['weekdayHours', { weekdayHours: -1 }],
    ['restDayHours', { restDayHours: Number.NaN }],
    ['holidayHours', { holidayHours: Number.POSITIVE_INFINITY }],
    ['baseMonthlyWageFen', { baseMonthlyWageFen: 100.5 }],
    ['months', { months: 0 }],
  ] as const)('refuses bad %s', (field, over) => {
    try {
      overtimePay({ baseMonthlyWageFen: 900000, weekdayHours: 1, restDayHours: 1, holidayHours: 1, ...over });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
