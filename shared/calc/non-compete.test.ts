import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { nonCompeteCompensation } from './non-compete';

describe('nonCompeteCompensation — reference §3.3(10), 解释一 第三十六条', () => {
  it('30 % of W12 per month: 24 × 2,700.00 = 64,800.00', () => {
    const r = nonCompeteCompensation({ avgMonthlyWageFen: 900000, minMonthlyWageFen: 249000, months: 24 });
    expect(r.monthlyFen).toBe(270000);
    expect(r.raisedToMinimum).toBe(false);
    expect(r.amountFen).toBe(6480000);
    expect(r.basis[0]).toContain('第三十六条');
  });

  it('not below the minimum wage', () => {
    const r = nonCompeteCompensation({ avgMonthlyWageFen: 700000, minMonthlyWageFen: 249000, months: 12 });
    expect(r.raisedToMinimum).toBe(true);
    expect(r.amountFen).toBe(12 * 249000);
  });

  it('30 % exactly at the minimum is not raised', () => {
    const r = nonCompeteCompensation({ avgMonthlyWageFen: 830000, minMonthlyWageFen: 249000, months: 1 });
    expect(r.raisedToMinimum).toBe(false);
    expect(r.amountFen).toBe(249000);
  });

  it('rounds once: 30 % of 1,000.01 × 3 months = 900.009 → 900.01', () => {
    expect(
      nonCompeteCompensation({ avgMonthlyWageFen: 100001, minMonthlyWageFen: 100, months: 3 }).amountFen,
    ).toBe(90001);
  });

  it('warns beyond two years (劳动合同法 第二十四条)', () => {
    expect(
      nonCompeteCompensation({
        avgMonthlyWageFen: 900000,
        minMonthlyWageFen: 249000,
        months: 25,
      }).warnings.join(),
    ).toContain('二年');
  });

  it.each([
    ['months', { months: 0 }],
    ['months', { months: -3 }],
    ['avgMonthlyWageFen', { avgMonthlyWageFen: 1.1 }],
    ['minMonthlyWageFen', { minMonthlyWageFen: 0 }],
  ] as const)('refuses bad %s', (field, over) => {
    try {
      nonCompeteCompensation({ avgMonthlyWageFen: 900000, minMonthlyWageFen: 249000, months: 12, ...over });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
