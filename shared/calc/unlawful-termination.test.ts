import { describe, it, expect } from 'vitest';
import { economicCompensation } from './economic-compensation';
import { unlawfulTerminationDamages } from './unlawful-termination';

const base = { avgMonthlyWageFen: 900000, cityAvgMonthlyWageFen: 800000, minMonthlyWageFen: 249000 };

describe('unlawfulTerminationDamages (劳动合同法 第八十七条)', () => {
  it('is twice the 经济补偿 of the reference example: 2 × 7 × 9,000 = 126,000.00', () => {
    const r = unlawfulTerminationDamages({ startDate: '2019-03-15', endDate: '2025-09-30', ...base });
    expect(r.amountFen).toBe(12600000);
    expect(r.months).toBe(7);
    expect(r.multiplier).toBe(2);
    expect(r.explain).toContain('赔偿金 = 2 × 7 个月 × 9,000.00 元 = 126,000.00 元');
    expect(r.basis).toEqual(
      expect.arrayContaining(['《劳动合同法》第八十七条', '《劳动合同法实施条例》第二十五条']),
    );
  });

  it('with the cap: 2 × 12 × 24,000 = 576,000.00', () => {
    const r = unlawfulTerminationDamages({
      startDate: '2010-01-01',
      endDate: '2024-12-31',
      ...base,
      avgMonthlyWageFen: 3000000,
    });
    expect(r.amountFen).toBe(57600000);
  });

  it('doubles the exact amount, not a rounded one: 2 × 0.5 × 1,000.01 = 1,000.01', () => {
    const input = {
      startDate: '2025-01-01',
      endDate: '2025-01-31',
      avgMonthlyWageFen: 100001,
      cityAvgMonthlyWageFen: 800000,
      minMonthlyWageFen: 100,
    };
    expect(economicCompensation(input).amountFen).toBe(50001);
    expect(unlawfulTerminationDamages(input).amountFen).toBe(100001);
  });

  it('counts from 用工之日 with no 2008 split (实施条例 第二十五条) and says so if asked to split', () => {
    const r = unlawfulTerminationDamages({
      startDate: '2005-07-01',
      endDate: '2024-12-31',
      ...base,
      splitAt2008: true,
    });
    expect(r.months).toBe(20);
    expect(r.amountFen).toBe(2 * 20 * 900000);
    expect(r.warnings.join()).toContain('不按2008年1月1日分段');
  });
});
