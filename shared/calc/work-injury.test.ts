import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { workInjuryLumpSum } from './work-injury';
import type { DisabilityGrade } from './work-injury';

const AVG = 800000;

describe('workInjuryLumpSum — reference §3.3(8), 工伤保险条例', () => {
  it.each([
    [1, 27, '第三十五条'],
    [2, 25, '第三十五条'],
    [3, 23, '第三十五条'],
    [4, 21, '第三十五条'],
    [5, 18, '第三十六条'],
    [6, 16, '第三十六条'],
    [7, 13, '第三十七条'],
    [8, 11, '第三十七条'],
    [9, 9, '第三十七条'],
    [10, 7, '第三十七条'],
  ] as const)('grade %d → %d months (%s)', (grade, months, article) => {
    const r = workInjuryLumpSum({ grade, personalMonthlyWageFen: 600000, regionAvgMonthlyWageFen: AVG });
    expect(r.months).toBe(months);
    expect(r.amountFen).toBe(months * 600000);
    expect(r.bounded).toBe('none');
    expect(r.basis[0]).toContain(article);
  });

  it('raises 本人工资 to 60 % of the regional average, with a warning (第六十四条)', () => {
    const r = workInjuryLumpSum({ grade: 10, personalMonthlyWageFen: 300000, regionAvgMonthlyWageFen: AVG });
    expect(r.bounded).toBe('raised-to-60%');
    expect(r.wageUsedFen).toBe(480000);
    expect(r.amountFen).toBe(7 * 480000);
    expect(r.warnings.join()).toContain('60%');
  });

  it('lowers 本人工资 to 300 %, with a warning', () => {
    const r = workInjuryLumpSum({ grade: 1, personalMonthlyWageFen: 2400001, regionAvgMonthlyWageFen: AVG });
    expect(r.bounded).toBe('lowered-to-300%');
    expect(r.amountFen).toBe(27 * 2400000);
  });

  it('the bounds themselves are not bounded', () => {
    expect(
      workInjuryLumpSum({ grade: 9, personalMonthlyWageFen: 480000, regionAvgMonthlyWageFen: AVG }).bounded,
    ).toBe('none');
    expect(
      workInjuryLumpSum({ grade: 9, personalMonthlyWageFen: 2400000, regionAvgMonthlyWageFen: AVG }).bounded,
    ).toBe('none');
  });

  it('rounds once: 13 × 60 % of 8,000.03 = 62,400.234 → 62,400.23', () => {
    expect(
      workInjuryLumpSum({ grade: 7, personalMonthlyWageFen: 1, regionAvgMonthlyWageFen: 800003 }).amountFen,
    ).toBe(6240023);
  });

  it.each([
    ['grade', { grade: 0 }],
    ['grade', { grade: 11 }],
    ['grade', { grade: 2.5 }],
    ['personalMonthlyWageFen', { personalMonthlyWageFen: -1 }],
    ['regionAvgMonthlyWageFen', { regionAvgMonthlyWageFen: 0 }],
  ] as const)('refuses bad %s', (field, over) => {
    try {
      workInjuryLumpSum({
        grade: 5,
        personalMonthlyWageFen: 600000,
        regionAvgMonthlyWageFen: AVG,
        ...over,
      } as {
        grade: DisabilityGrade;
        personalMonthlyWageFen: number;
        regionAvgMonthlyWageFen: number;
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
