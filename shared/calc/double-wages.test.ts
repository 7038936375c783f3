import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { doubleWages } from './double-wages';

const W = 900000;

describe('doubleWages — reference §3.3(3)', () => {
  it('用工 2025-01-01, never signed: 2025-02-01 … 2025-12-31, 11 months', () => {
    const r = doubleWages({ startDate: '2025-01-01', endDate: '2026-06-30', monthlyWageFen: W });
    expect(r.fromDate).toBe('2025-02-01');
    expect(r.toDate).toBe('2025-12-31');
    expect(r.months).toBe(11);
    expect(r.monthsText).toBe('11');
    expect(r.amountFen).toBe(11 * W);
    expect(r.reachedOneYear).toBe(true);
    expect(r.basis).toContain('《劳动合同法》第十四条第三款');
    expect(r.explain).toContain('二倍工资差额 = 11 个月 × 9,000.00 元 = 99,000.00 元');
  });

  it('stops the day before the contract was signed', () => {
    const r = doubleWages({
      startDate: '2025-01-01',
      contractSignedDate: '2025-06-01',
      endDate: '2026-06-30',
      monthlyWageFen: W,
    });
    expect(r.toDate).toBe('2025-05-31');
    expect(r.months).toBe(4);
    expect(r.amountFen).toBe(4 * W);
    expect(r.reachedOneYear).toBe(false);
  });

  it('stops on the last day of work, part month pro rata by that calendar month', () => {
    const r = doubleWages({ startDate: '2025-01-01', endDate: '2025-04-15', monthlyWageFen: W });
    expect(r.toDate).toBe('2025-04-15');
    expect(r.monthsText).toBe('2 + 15/30');
    expect(r.amountFen).toBe(2 * W + W / 2);
  });

  it('a mid-month start cuts at calendar months: 10 + 14/28 + 14/31', () => {
    const r = doubleWages({ startDate: '2025-01-15', endDate: '2026-03-31', monthlyWageFen: W });
    expect(r.fromDate).toBe('2025-02-15');
    expect(r.toDate).toBe('2026-01-14');
    expect(r.monthsText).toBe('10 + 14/28 + 14/31');
    // 9000 × (10 + 1/2 + 14/31) = 98,564.516… → 98,564.52
    expect(r.amountFen).toBe(9856452);
  });

  it("'service-month' proration counts whole months from the first day: 11 months", () => {
    const r = doubleWages({
      startDate: '2025-01-15',
      endDate: '2026-03-31',
      monthlyWageFen: W,
      proration: 'service-month',
    });
    expect(r.monthsText).toBe('11');
    expect(r.amountFen).toBe(11 * W);
    const part = doubleWages({
      startDate: '2025-01-15',
      endDate: '2025-04-20',
      monthlyWageFen: W,
      proration: 'service-month',
    });
    // 2025-02-15 … 2025-04-14 two months, then 2025-04-15 … 04-20 = 6 of the 30 days to 05-14.
    expect(part.monthsText).toBe('2 + 6/30');
  });

  it('a start on the 31st: 11 months by service months, a little less by calendar months', () => {
    const input = { startDate: '2025-03-31', endDate: '2026-12-31', monthlyWageFen: W };
    const service = doubleWages({ ...input, proration: 'service-month' });
    expect(service.fromDate).toBe('2025-05-01');
    expect(service.toDate).toBe('2026-03-30');
    expect(service.monthsText).toBe('11');
    const calendar = doubleWages(input);
    expect(calendar.monthsText).toBe('10 + 30/31');
  });

  it('is limited to 11 months when calendar pro-rating exceeds it', () => {
    const r = doubleWages({ startDate: '2025-02-28', endDate: '2026-12-31', monthlyWageFen: W });
    expect(r.fromDate).toBe('2025-03-28');
    expect(r.toDate).toBe('2026-02-27');
    expect(r.cappedAt11).toBe(true);
    expect(r.amountFen).toBe(11 * W);
  });

  it('start on the 31st: the first month ends with February', () => {
    const r = doubleWages({ startDate: '2025-01-31', endDate: '2025-03-31', monthlyWageFen: W });
    expect(r.fromDate).toBe('2025-03-01');
    expect(r.amountFen).toBe(W);
  });

  it('leap-day start: the first year of 用工 runs through 2025-02-28 (as serviceLength counts it)', () => {
    const r = doubleWages({ startDate: '2024-02-29', endDate: '2025-12-31', monthlyWageFen: W });
    expect(r.fromDate).toBe('2024-03-29');
    expect(r.toDate).toBe('2025-02-28');
    expect(r.reachedOneYear).toBe(true);
  });

  it('a contract signed within the first month gives nothing, with the reason', () => {
    const r = doubleWages({
      startDate: '2025-01-01',
      contractSignedDate: '2025-01-31',
      endDate: '2026-06-30',
      monthlyWageFen: W,
    });
    expect(r.amountFen).toBe(0);
    expect(r.fromDate).toBeNull();
    expect(r.explain.join()).toContain('一个月内');
    // Signed on the first day of the double-wage period: still nothing (the period ends the day before).
    const next = doubleWages({
      startDate: '2025-01-01',
      contractSignedDate: '2025-02-01',
      endDate: '2026-06-30',
      monthlyWageFen: W,
    });
    expect(next.amountFen).toBe(0);
    expect(next.fromDate).toBeNull();
    expect(next.explain.join()).toContain('期间为零');
    // Signed one day later: one day of February.
    const one = doubleWages({
      startDate: '2025-01-01',
      contractSignedDate: '2025-02-02',
      endDate: '2026-06-30',
      monthlyWageFen: W,
    });
    expect(one.monthsText).toBe('1/28');
    expect(one.amountFen).toBe(Math.round(W / 28));
  });

  it('a contract signed before 用工 gives nothing', () => {
    const r = doubleWages({
      startDate: '2025-03-01',
      contractSignedDate: '2025-02-20',
      endDate: '2026-06-30',
      monthlyWageFen: W,
    });
    expect(r.amountFen).toBe(0);
    expect(r.explain.join()).toContain('用工前');
  });

  it('leaving within the first month gives nothing', () => {
    const r = doubleWages({ startDate: '2025-01-01', endDate: '2025-01-31', monthlyWageFen: W });
    expect(r.amountFen).toBe(0);
    expect(r.explain.join()).toContain('不满一个月');
  });

  it('a signing date after the last day of work is warned about and ignored', () => {
    const r = doubleWages({
      startDate: '2025-01-01',
      contractSignedDate: '2025-09-01',
      endDate: '2025-05-31',
      monthlyWageFen: W,
    });
    expect(r.toDate).toBe('2025-05-31');
    expect(r.amountFen).toBe(4 * W);
    expect(r.warnings.join()).toContain('晚于离职日期');
  });

  it.each([
    ['endDate', { endDate: '2024-12-31' }],
    ['startDate', { startDate: '2025-1-1' }],
    ['contractSignedDate', { contractSignedDate: '2025-02-30' }],
    ['monthlyWageFen', { monthlyWageFen: -1 }],
    ['monthlyWageFen', { monthlyWageFen: 1.5 }],
  ] as const)('refuses bad %s', (field, over) => {
    try {
      doubleWages({ startDate: '2025-01-01', endDate: '2025-12-31', monthlyWageFen: W, ...over });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
