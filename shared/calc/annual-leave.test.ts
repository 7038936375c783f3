import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { annualLeavePay } from './annual-leave';

const W = 870000; // ÷ 21.75 = 400.00 a day, × 200 % = 800.00 per unused day

describe('annualLeavePay — reference §3.3(6)', () => {
  it.each([
    [0, 0],
    [0.99, 0],
    [1, 5],
    [9.99, 5],
    [10, 10],
    [19.5, 10],
    [20, 15],
    [35, 15],
  ])('cumulative %d years → %d days for a full year', (years, days) => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: years,
      hireDate: '2000-01-01',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(r.annualEntitlementDays).toBe(days);
    expect(r.entitledDays).toBe(days);
    expect(r.amountFen).toBe(days * 80000);
  });

  it('leaver: 181 ÷ 365 × 10 = 4.96 → 4 days; 1 taken → 3 × 800.00 = 2,400.00', () => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: 12,
      hireDate: '2020-03-01',
      leaveDate: '2025-06-30',
      daysTaken: 1,
      avgMonthlyWageFen: W,
    });
    expect(r.daysInUnit).toBe(181);
    expect(r.entitledDays).toBe(4);
    expect(r.unusedDays).toBe(3);
    expect(r.amountFen).toBe(240000);
    expect(r.basis).toContain('《企业职工带薪年休假实施办法》第十二条');
    expect(r.explain.at(-1)).toContain('2,400.00 元');
  });

  it('new hire: 2025-07-01 … 12-31 = 184 days ÷ 365 × 5 = 2.52 → 2 days', () => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: 3,
      hireDate: '2025-07-01',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(r.daysInUnit).toBe(184);
    expect(r.entitledDays).toBe(2);
    expect(r.basis).toContain('《企业职工带薪年休假实施办法》第五条');
    expect(r.warnings.join()).toContain('不满12个月');
  });

  it('leap year: still ÷ 365; a whole leap year is the full entitlement', () => {
    // 2024-01-01 … 2024-07-03 = 185 days; 185 × 10 / 365 = 5.07 → 5
    const part = annualLeavePay({
      year: 2024,
      cumulativeYears: 12,
      hireDate: '2010-01-01',
      leaveDate: '2024-07-03',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(part.daysInUnit).toBe(185);
    expect(part.entitledDays).toBe(5);
    const whole = annualLeavePay({
      year: 2024,
      cumulativeYears: 25,
      hireDate: '2010-01-01',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(whole.daysInUnit).toBe(366);
    expect(whole.entitledDays).toBe(15);
  });

  it('drops fractions just under a whole day: 73 ÷ 365 × 5 = 1 exactly, 72 → 0', () => {
    const at = annualLeavePay({
      year: 2025,
      cumulativeYears: 5,
      hireDate: '2020-01-01',
      leaveDate: '2025-03-14',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(at.daysInUnit).toBe(73);
    expect(at.entitledDays).toBe(1);
    const under = annualLeavePay({
      year: 2025,
      cumulativeYears: 5,
      hireDate: '2020-01-01',
      leaveDate: '2025-03-13',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(under.entitledDays).toBe(0);
  });

  it('more taken than entitled → 0 unused, not clawed back (办法 第十二条第二款)', () => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: 12,
      hireDate: '2020-03-01',
      leaveDate: '2025-06-30',
      daysTaken: 6,
      avgMonthlyWageFen: W,
    });
    expect(r.unusedDays).toBe(0);
    expect(r.amountFen).toBe(0);
    expect(r.warnings.join()).toContain('不再扣回');
  });

  it('half a day taken leaves 2.5 unused days, paid exactly', () => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: 5,
      hireDate: '2020-01-01',
      daysTaken: 2.5,
      avgMonthlyWageFen: W,
    });
    expect(r.unusedDays).toBe(2.5);
    expect(r.amountFen).toBe(200000);
  });

  it('rounds once: 9,000 a month, 5 days → 9000 × 5 × 8 / 87 = 4,137.93', () => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: 5,
      hireDate: '2020-01-01',
      daysTaken: 0,
      avgMonthlyWageFen: 900000,
    });
    expect(r.amountFen).toBe(413793);
  });

  it('warns when cumulative years are fewer than the years in this unit', () => {
    const r = annualLeavePay({
      year: 2025,
      cumulativeYears: 2,
      hireDate: '2015-01-01',
      daysTaken: 0,
      avgMonthlyWageFen: W,
    });
    expect(r.warnings.join()).toContain('累计工作年限');
  });

  it.each([
    ['year', { year: 2025.5 }],
    ['year', { year: 2019 }], // not within the employment
    ['cumulativeYears', { cumulativeYears: -1 }],
    ['hireDate', { hireDate: '2020-02-30' }],
    ['leaveDate', { leaveDate: '2019-12-31' }],
    ['daysTaken', { daysTaken: -0.5 }],
    ['avgMonthlyWageFen', { avgMonthlyWageFen: -870000 }],
  ] as const)('refuses bad %s', (field, over) => {
    try {
      annualLeavePay({
        year: 2025,
        cumulativeYears: 12,
        hireDate: '2020-03-01',
        daysTaken: 0,
        avgMonthlyWageFen: W,
        ...over,
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
