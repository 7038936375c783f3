import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { wageArrears } from './wage-arrears';

describe('wageArrears — reference §3.3(1)', () => {
  it('sums payable − paid per month, in calendar order', () => {
    const r = wageArrears({
      months: [
        { month: '2025-03', payableFen: 900000, paidFen: 0 },
        { month: '2025-01', payableFen: 900000, paidFen: 500000 },
        { month: '2025-02', payableFen: 900000, paidFen: 900000 },
      ],
    });
    expect(r.amountFen).toBe(1300000);
    expect(r.lines.map((l) => l.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(r.explain.at(-1)).toBe('欠付工资合计 = 4,000.00 元 + 0.00 元 + 9,000.00 元 = 13,000.00 元');
    expect(r.warnings).toEqual([]);
  });

  it('an overpaid month is warned about, never offset', () => {
    const r = wageArrears({
      months: [
        { month: '2025-01', payableFen: 900000, paidFen: 1000000 },
        { month: '2025-02', payableFen: 900000, paidFen: 800000 },
      ],
    });
    expect(r.amountFen).toBe(100000);
    expect(r.lines[0]?.owedFen).toBe(0);
    expect(r.warnings.join()).toContain('未与其他月份抵扣');
  });

  it('a month paid below the minimum wage is warned about (劳动合同法 第八十五条)', () => {
    const r = wageArrears({
      months: [{ month: '2025-01', payableFen: 240000, paidFen: 200000 }],
      minMonthlyWageFen: 249000,
    });
    expect(r.amountFen).toBe(40000);
    expect(r.warnings.join()).toContain('最低工资标准');
    expect(
      wageArrears({
        months: [{ month: '2025-01', payableFen: 249000, paidFen: 249000 }],
        minMonthlyWageFen: 249000,
      }).warnings,
    ).toEqual([]);
  });

  it.each([
    ['months', { months: [] }],
    ['months[0].month', { months: [{ month: '2025-13', payableFen: 1, paidFen: 0 }] }],
    ['months[0].month', { months: [{ month: '2025-1', payableFen: 1, paidFen: 0 }] }],
    [
      'months[1].month',
      {
        months: [
          { month: '2025-01', payableFen: 1, paidFen: 0 },
          { month: '2025-01', payableFen: 1, paidFen: 0 },
        ],
      },
    ],
    ['months[0].payableFen', { months: [{ month: '2025-01', payableFen: -1, paidFen: 0 }] }],
    ['months[0].paidFen', { months: [{ month: '2025-01', payableFen: 1, paidFen: 0.5 }] }],
    [
      'minMonthlyWageFen',
      { months: [{ month: '2025-01', payableFen: 1, paidFen: 0 }], minMonthlyWageFen: 0 },
    ],
  ] as const)('refuses bad %s', (field, input) => {
    try {
      wageArrears(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
