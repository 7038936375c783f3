import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { economicCompensation } from './economic-compensation';
import type { EconomicCompensationInput } from './economic-compensation';

const MW = 249000; // any plausible minimum wage, fen
const base = { avgMonthlyWageFen: 900000, cityAvgMonthlyWageFen: 800000, minMonthlyWageFen: MW };
const ec = (startDate: string, endDate: string, over: Partial<EconomicCompensationInput> = {}) =>
  economicCompensation({ startDate, endDate, ...base, ...over });

describe('economicCompensation — reference §3.3(5) worked examples', () => {
  it('2019-03-15 … 2025-09-30, W12 9,000, AVG 8,000 → N 7, 63,000.00 (also §3.5 "7 × 9,000 = 63,000")', () => {
    const r = ec('2019-03-15', '2025-09-30');
    expect(r.months).toBe(7);
    expect(r.baseFen).toBe(900000);
    expect(r.capped).toBe(false);
    expect(r.amountFen).toBe(6300000);
    expect(r.explain).toContain('经济补偿 = 7 个月 × 9,000.00 元 = 63,000.00 元');
    expect(r.basis).toEqual(
      expect.arrayContaining(['《劳动合同法》第四十七条', '《劳动合同法实施条例》第二十七条']),
    );
    expect(r.warnings).toEqual([]);
  });

  it('W12 30,000, AVG 8,000, 15 years → base 24,000, N 12, 288,000.00', () => {
    const r = ec('2010-01-01', '2024-12-31', { avgMonthlyWageFen: 3000000 });
    expect(r.service).toEqual({ years: 15, months: 0, days: 0 });
    expect(r.capped).toBe(true);
    expect(r.baseFen).toBe(2400000);
    expect(r.capFen).toBe(2400000);
    expect(r.months).toBe(12);
    expect(r.amountFen).toBe(28800000);
    expect(r.explain.at(-1)).toBe('经济补偿 = 12 个月 × 24,000.00 元 = 288,000.00 元');
  });

  it('4 months of service → 0.5 × W12', () => {
    const r = ec('2025-01-01', '2025-04-30');
    expect(r.months).toBe(0.5);
    expect(r.amountFen).toBe(450000);
    expect(r.explain.at(-1)).toBe('经济补偿 = 0.5 个月 × 9,000.00 元 = 4,500.00 元');
  });
});

describe('economicCompensation — boundaries', () => {
  it.each([
    ['exactly six months → 1', '2024-01-01', '2024-06-30', 1],
    ['six months minus a day → 0.5', '2024-01-01', '2024-06-29', 0.5],
    ['a single day → 0.5', '2024-01-01', '2024-01-01', 0.5],
    ['exactly one year (Decisions §4) → 1', '2023-11-01', '2024-10-31', 1],
    ['one year and one day → 1.5', '2023-11-01', '2024-11-01', 1.5],
    ['one year six months → 2', '2023-11-01', '2025-04-30', 2],
    ['one year six months minus a day → 1.5', '2023-11-01', '2025-04-29', 1.5],
    ['leap-day start, one year → 1', '2024-02-29', '2025-02-28', 1],
    ['leap-day start, six months → 1', '2024-02-29', '2024-08-28', 1],
    ['leap-day start, six months minus a day → 0.5', '2024-02-29', '2024-08-27', 0.5],
    ['start on the 31st, six months to Feb end → 1', '2024-08-31', '2025-02-28', 1],
    ['start on the 31st, a day short → 0.5', '2024-08-31', '2025-02-27', 0.5],
    ['start on the 31st, one year → 1', '2023-12-31', '2024-12-30', 1],
  ])('%s', (_name, start, end, months) => {
    const r = ec(start, end);
    expect(r.months).toBe(months);
    expect(r.amountFen).toBe(months * 900000);
  });

  it('exactly six months cites 民法典 第一千二百五十九条 ("以上" includes the number)', () => {
    expect(ec('2024-01-01', '2024-06-30').basis).toContain('《民法典》第一千二百五十九条');
    expect(ec('2024-01-01', '2024-07-15').basis).not.toContain('《民法典》第一千二百五十九条');
  });

  it('a wage exactly at 3 × the city average is not capped; one fen over is', () => {
    const at = ec('2010-01-01', '2024-12-31', { avgMonthlyWageFen: 2400000 });
    expect(at.capped).toBe(false);
    expect(at.months).toBe(15);
    expect(at.amountFen).toBe(36000000);
    const over = ec('2010-01-01', '2024-12-31', { avgMonthlyWageFen: 2400001 });
    expect(over.capped).toBe(true);
    expect(over.baseFen).toBe(2400000);
    expect(over.months).toBe(12);
    expect(over.amountFen).toBe(28800000);
  });

  it('the 12-year limit applies only with the wage cap', () => {
    const r = ec('2000-01-01', '2024-12-31', { avgMonthlyWageFen: 1000000 });
    expect(r.capped).toBe(false);
    expect(r.months).toBe(25);
  });

  it('capped with fewer than 12 years keeps N', () => {
    const r = ec('2020-01-01', '2024-08-15', { avgMonthlyWageFen: 5000000 });
    expect(r.capped).toBe(true);
    expect(r.months).toBe(5);
    expect(r.amountFen).toBe(5 * 2400000);
  });

  it('a wage just over the minimum is used as is; below it is raised (实施条例 第二十七条)', () => {
    const just = ec('2024-01-01', '2024-12-31', { avgMonthlyWageFen: MW + 1 });
    expect(just.raisedToMinimum).toBe(false);
    expect(just.amountFen).toBe(MW + 1);
    const at = ec('2024-01-01', '2024-12-31', { avgMonthlyWageFen: MW });
    expect(at.raisedToMinimum).toBe(false);
    const below = ec('2024-01-01', '2024-12-31', { avgMonthlyWageFen: MW - 1 });
    expect(below.raisedToMinimum).toBe(true);
    expect(below.baseFen).toBe(MW);
    expect(below.amountFen).toBe(MW);
    expect(below.warnings.join()).toContain('最低工资标准');
  });

  it('rounds N × base once, half up: 0.5 × 1,000.01 = 500.005 → 500.01', () => {
    const r = ec('2025-01-01', '2025-01-31', { avgMonthlyWageFen: 100001, minMonthlyWageFen: 100 });
    expect(r.amountFen).toBe(50001);
  });
});

describe('economicCompensation — 2008 split (劳动合同法 第九十七条第三款)', () => {
  it('counts the new-law years from 2008-01-01 and reports the earlier segment separately', () => {
    const r = ec('2005-07-01', '2024-12-31', { splitAt2008: true });
    expect(r.countedFrom).toBe('2008-01-01');
    expect(r.service).toEqual({ years: 19, months: 6, days: 0 });
    expect(r.pre2008Service).toEqual({ years: 2, months: 6, days: 0 });
    expect(r.pre2008Months).toBe(3);
    expect(r.months).toBe(17);
    expect(r.amountFen).toBe(17 * 900000);
    expect(r.basis).toContain('《劳动合同法》第九十七条第三款');
    expect(r.warnings.join()).toContain('481号');
    expect(r.warnings.join()).toContain('本金额未包含该段');
  });

  it('pre2008Included adds the indicative pre-2008 months at the same base', () => {
    const r = ec('2005-07-01', '2024-12-31', { splitAt2008: true, pre2008Included: true });
    expect(r.months).toBe(20);
    expect(r.amountFen).toBe(20 * 900000);
    expect(r.warnings.join()).toContain('本金额已按新法规则计入该段');
  });

  it('the 12-year cap binds the post-2008 segment only', () => {
    const r = ec('1995-01-01', '2024-12-31', { splitAt2008: true, avgMonthlyWageFen: 3000000 });
    expect(r.months).toBe(12);
    expect(r.pre2008Months).toBe(13);
  });

  it('without the split a pre-2008 start is warned about', () => {
    const r = ec('2005-07-01', '2024-12-31');
    expect(r.months).toBe(20);
    expect(r.pre2008Service).toBeNull();
    expect(r.warnings.join()).toContain('第九十七条第三款');
  });

  it('splitAt2008 with a start from 2008 on changes nothing', () => {
    const a = ec('2019-03-15', '2025-09-30', { splitAt2008: true });
    expect(a.amountFen).toBe(6300000);
    expect(a.pre2008Service).toBeNull();
  });

  it('service that ended before 2008 has no new-law part', () => {
    const r = ec('2003-01-01', '2007-06-30', { splitAt2008: true });
    expect(r.amountFen).toBe(0);
    expect(r.pre2008Months).toBe(5);
  });

  it('pre2008Included without an effective split is refused', () => {
    expect(() => ec('2019-03-15', '2025-09-30', { pre2008Included: true })).toThrow(CalcInputError);
  });
});

describe('economicCompensation — invalid input throws CalcInputError naming the field', () => {
  it.each([
    ['endDate', { endDate: '2019-03-14' }],
    ['startDate', { startDate: '2019-02-29' }],
    ['endDate', { endDate: '2025-13-01' }],
    ['avgMonthlyWageFen', { avgMonthlyWageFen: -1 }],
    ['avgMonthlyWageFen', { avgMonthlyWageFen: 900000.5 }],
    ['avgMonthlyWageFen', { avgMonthlyWageFen: Number.NaN }],
    ['cityAvgMonthlyWageFen', { cityAvgMonthlyWageFen: 0 }],
    ['minMonthlyWageFen', { minMonthlyWageFen: -249000 }],
    ['minMonthlyWageFen', { minMonthlyWageFen: 2 ** 53 }],
  ] as const)('%s %j', (field, over) => {
    try {
      economicCompensation({ startDate: '2019-03-15', endDate: '2025-09-30', ...base, ...over });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
      expect((e as CalcInputError).message).toContain(`（${field}）`);
    }
  });

  it('a zero wage is legal but warned about', () => {
    const r = ec('2024-01-01', '2024-12-31', { avgMonthlyWageFen: 0 });
    expect(r.amountFen).toBe(MW);
    expect(r.warnings.join()).toContain('为零');
  });

  it('a minimum wage above the city average is warned about', () => {
    expect(ec('2024-01-01', '2024-12-31', { minMonthlyWageFen: 900000 }).warnings.join()).toContain(
      '请核对两项参数',
    );
  });
});
