// Property tests across the calculators (calc brief): monotonicity, caps, and that every amount is a
// non-negative safe integer of fen.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatFen } from '../format/money';
import { dayNumber, isoOfDay } from './dates';
import {
  annualLeavePay,
  doubleWages,
  economicCompensation,
  finalAwardTest,
  nonCompeteCompensation,
  overtimePay,
  unlawfulTerminationDamages,
  wageArrears,
  workInjuryLumpSum,
} from './index';
import type { CalcResult, DisabilityGrade } from './index';

const day = fc.integer({
  min: dayNumber({ year: 1990, month: 1, day: 1 }),
  max: dayNumber({ year: 2040, month: 12, day: 31 }),
});
const span = fc.integer({ min: 0, max: 40 * 366 });
const fen = fc.integer({ min: 0, max: 100_000_000 }); // up to 1,000,000.00 yuan a month
const positiveFen = fc.integer({ min: 1, max: 10_000_000 });
const hours = fc.integer({ min: 0, max: 4000 }).map((tenths) => tenths / 10);

const isFen = (r: CalcResult): void => {
  expect(Number.isSafeInteger(r.amountFen)).toBe(true);
  expect(r.amountFen).toBeGreaterThanOrEqual(0);
  expect(r.explain.length).toBeGreaterThan(0);
  expect(r.basis.length).toBeGreaterThan(0);
};

describe('economic compensation properties', () => {
  it('never decreases with longer service', () => {
    fc.assert(
      fc.property(day, span, span, fen, positiveFen, positiveFen, (start, a, b, wage, city, min) => {
        const input = {
          startDate: isoOfDay(start),
          avgMonthlyWageFen: wage,
          cityAvgMonthlyWageFen: city,
          minMonthlyWageFen: min,
        };
        const short = economicCompensation({ ...input, endDate: isoOfDay(start + Math.min(a, b)) });
        const long = economicCompensation({ ...input, endDate: isoOfDay(start + Math.max(a, b)) });
        expect(long.amountFen).toBeGreaterThanOrEqual(short.amountFen);
        expect(long.months).toBeGreaterThanOrEqual(short.months);
      }),
    );
  });

  it('never decreases with a higher wage below the cap', () => {
    fc.assert(
      fc.property(day, span, positiveFen, positiveFen, fc.nat(), fc.nat(), (start, len, city, min, x, y) => {
        const cap = 3 * city;
        const [w1, w2] = [x % (cap + 1), y % (cap + 1)].sort((p, q) => p - q) as [number, number];
        const input = {
          startDate: isoOfDay(start),
          endDate: isoOfDay(start + len),
          cityAvgMonthlyWageFen: city,
          minMonthlyWageFen: min,
        };
        const low = economicCompensation({ ...input, avgMonthlyWageFen: w1 });
        const high = economicCompensation({ ...input, avgMonthlyWageFen: w2 });
        expect(high.capped).toBe(false);
        expect(high.amountFen).toBeGreaterThanOrEqual(low.amountFen);
      }),
    );
  });

  it('never exceeds 12 × 3 × the city average when capped, and is N × base to the fen', () => {
    fc.assert(
      fc.property(day, span, fen, positiveFen, positiveFen, (start, len, wage, city, min) => {
        const r = economicCompensation({
          startDate: isoOfDay(start),
          endDate: isoOfDay(start + len),
          avgMonthlyWageFen: wage,
          cityAvgMonthlyWageFen: city,
          minMonthlyWageFen: min,
        });
        isFen(r);
        if (r.capped) {
          expect(r.amountFen).toBeLessThanOrEqual(36 * city);
          expect(r.months).toBeLessThanOrEqual(12);
        }
        expect(Math.abs(r.amountFen - r.months * r.baseFen)).toBeLessThanOrEqual(0.5);
        expect(r.explain.at(-1)).toContain(`= ${formatFen(r.amountFen)} 元`);
      }),
    );
  });

  it('damages are twice the compensation, to within the single rounding', () => {
    fc.assert(
      fc.property(day, span, fen, positiveFen, positiveFen, (start, len, wage, city, min) => {
        const input = {
          startDate: isoOfDay(start),
          endDate: isoOfDay(start + len),
          avgMonthlyWageFen: wage,
          cityAvgMonthlyWageFen: city,
          minMonthlyWageFen: min,
        };
        const d = unlawfulTerminationDamages(input);
        isFen(d);
        expect(Math.abs(d.amountFen - 2 * economicCompensation(input).amountFen)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('double wages properties', () => {
  it('never exceed 11 monthly wages, in either proration', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.option(fc.integer({ min: -60, max: 800 }), { nil: undefined }),
        fen,
        fc.constantFrom('calendar-month' as const, 'service-month' as const),
        (start, len, signedOffset, wage, proration) => {
          const r = doubleWages({
            startDate: isoOfDay(start),
            endDate: isoOfDay(start + len),
            ...(signedOffset === undefined ? {} : { contractSignedDate: isoOfDay(start + signedOffset) }),
            monthlyWageFen: wage,
            proration,
          });
          isFen(r);
          expect(r.amountFen).toBeLessThanOrEqual(11 * wage);
          expect(r.months).toBeLessThanOrEqual(11);
          if (r.fromDate !== null && r.toDate !== null) expect(r.toDate >= r.fromDate).toBe(true);
        },
      ),
    );
  });

  it('a full year without a contract is exactly 11 months in service-month proration', () => {
    fc.assert(
      fc.property(day, fen, (start, wage) => {
        const r = doubleWages({
          startDate: isoOfDay(start),
          endDate: isoOfDay(start + 800),
          monthlyWageFen: wage,
          proration: 'service-month',
        });
        expect(r.monthsText).toBe('11');
        expect(r.amountFen).toBe(11 * wage);
      }),
    );
  });
});

describe('overtime properties', () => {
  it('doubling every hour count doubles the amount within ±1 fen', () => {
    fc.assert(
      fc.property(fen, hours, hours, hours, (base, w, r, h) => {
        const one = overtimePay({
          baseMonthlyWageFen: base,
          weekdayHours: w,
          restDayHours: r,
          holidayHours: h,
        });
        const two = overtimePay({
          baseMonthlyWageFen: base,
          weekdayHours: 2 * w,
          restDayHours: 2 * r,
          holidayHours: 2 * h,
        });
        isFen(one);
        isFen(two);
        expect(Math.abs(two.amountFen - 2 * one.amountFen)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is additive across categories within ±1 fen per part', () => {
    fc.assert(
      fc.property(fen, hours, hours, hours, (base, w, r, h) => {
        const all = overtimePay({
          baseMonthlyWageFen: base,
          weekdayHours: w,
          restDayHours: r,
          holidayHours: h,
        });
        const sum = all.partsFen.weekday + all.partsFen.restDay + all.partsFen.holiday;
        expect(Math.abs(all.amountFen - sum)).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('every calculator returns a non-negative safe integer of fen', () => {
  it('annual leave', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2008, max: 2040 }),
        fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 40 }).map((x) => x / 2),
        fen,
        (year, cumulative, a, b, taken, wage) => {
          const jan1 = dayNumber({ year, month: 1, day: 1 });
          const r = annualLeavePay({
            year,
            cumulativeYears: cumulative,
            hireDate: isoOfDay(jan1 + Math.min(a, b) - 200),
            leaveDate: isoOfDay(jan1 + Math.max(a, b)),
            daysTaken: taken,
            avgMonthlyWageFen: wage,
          });
          isFen(r);
          expect(r.entitledDays).toBeLessThanOrEqual(r.annualEntitlementDays);
          expect(r.unusedDays).toBeLessThanOrEqual(r.entitledDays);
        },
      ),
    );
  });

  it('wage arrears, non-compete, work injury, final-award threshold', () => {
    fc.assert(
      fc.property(
        fen,
        fen,
        positiveFen,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 480 }).map((x) => x / 10),
        (a, b, c, grade, months) => {
          isFen(
            wageArrears({ months: [{ month: '2025-01', payableFen: a, paidFen: b }], minMonthlyWageFen: c }),
          );
          isFen(nonCompeteCompensation({ avgMonthlyWageFen: a, minMonthlyWageFen: c, months }));
          const wi = workInjuryLumpSum({
            grade: grade as DisabilityGrade,
            personalMonthlyWageFen: a,
            regionAvgMonthlyWageFen: c,
          });
          isFen(wi);
          expect(wi.wageUsedFen).toBeGreaterThanOrEqual(Math.floor(0.6 * c));
          expect(wi.wageUsedFen).toBeLessThanOrEqual(3 * c);
          const fa = finalAwardTest({ minMonthlyWageFen: c, items: [{ kind: 'damages', amountFen: a }] });
          isFen(fa);
          expect(fa.items[0]?.final).toBe(a <= 12 * c);
        },
      ),
    );
  });
});
