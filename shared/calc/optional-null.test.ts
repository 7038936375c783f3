// An optional input sent as `null` (what JSON callers send for "still employed" or "no contract signed") gives
// exactly what leaving it out gives, for every calculator with optional inputs (issue 10, item 11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalcInputError,
  annualLeavePay,
  doubleWages,
  economicCompensation,
  finalAwardTest,
  overtimePay,
  unlawfulTerminationDamages,
  wageArrears,
} from './index';

type Input = Record<string, unknown>;

interface Case {
  readonly name: string;
  /** The calculator, called with JSON-shaped input (the public types allow null for these fields). */
  readonly run: (input: Input) => unknown;
  /** A valid input with every optional field left out. */
  readonly base: Input;
  /** Its optional fields. */
  readonly optional: readonly string[];
}

const employment = {
  startDate: '2005-03-15',
  endDate: '2025-09-30',
  avgMonthlyWageFen: 900_000,
  cityAvgMonthlyWageFen: 800_000,
  minMonthlyWageFen: 249_000,
};

// The casts say what a JSON caller does: it sends whatever shape it parsed, and the calculator checks it.
const CASES: readonly Case[] = [
  {
    name: 'economicCompensation',
    run: (i) => economicCompensation(i as unknown as Parameters<typeof economicCompensation>[0]),
    base: employment,
    optional: ['splitAt2008', 'pre2008Included'],
  },
  {
    name: 'unlawfulTerminationDamages',
    run: (i) => unlawfulTerminationDamages(i as unknown as Parameters<typeof unlawfulTerminationDamages>[0]),
    base: employment,
    optional: ['splitAt2008', 'pre2008Included'],
  },
  {
    name: 'doubleWages',
    run: (i) => doubleWages(i as unknown as Parameters<typeof doubleWages>[0]),
    base: { startDate: '2025-01-01', endDate: '2026-03-31', monthlyWageFen: 900_000 },
    optional: ['contractSignedDate', 'proration'],
  },
  {
    name: 'annualLeavePay',
    run: (i) => annualLeavePay(i as unknown as Parameters<typeof annualLeavePay>[0]),
    base: {
      year: 2025,
      cumulativeYears: 12,
      hireDate: '2020-03-01',
      daysTaken: 1,
      avgMonthlyWageFen: 870_000,
    },
    optional: ['leaveDate'],
  },
  {
    name: 'overtimePay',
    run: (i) => overtimePay(i as unknown as Parameters<typeof overtimePay>[0]),
    base: { baseMonthlyWageFen: 870_000, weekdayHours: 80, restDayHours: 8, holidayHours: 8 },
    optional: ['months'],
  },
  {
    name: 'wageArrears',
    run: (i) => wageArrears(i as unknown as Parameters<typeof wageArrears>[0]),
    base: { months: [{ month: '2025-01', payableFen: 900_000, paidFen: 100_000 }] },
    optional: ['minMonthlyWageFen'],
  },
  {
    name: 'finalAwardTest (item fields)',
    run: (i) =>
      finalAwardTest({
        minMonthlyWageFen: 249_000,
        items: [i as unknown as Parameters<typeof finalAwardTest>[0]['items'][number]],
      }),
    base: { kind: 'confirm_relationship' },
    optional: ['amountFen', 'label'],
  },
];

const withNull = (base: Input, keys: readonly string[]): Input =>
  Object.fromEntries([...Object.entries(base), ...keys.map((k) => [k, null] as const)]);

describe('optional inputs: null is the same as omitted', () => {
  it.each(CASES)('$name: every optional field null gives the omitted result', ({ run, base, optional }) => {
    expect(run(withNull(base, optional))).toEqual(run(base));
  });

  it('JSON "still employed" (leaveDate: null) pro-rates to the year end like an omitted leave date', () => {
    const input = {
      year: 2025,
      cumulativeYears: 12,
      hireDate: '2025-07-01',
      daysTaken: 0,
      avgMonthlyWageFen: 870_000,
    };
    const r = annualLeavePay({ ...input, leaveDate: null });
    expect(r.daysInUnit).toBe(184); // 2025-07-01 … 2025-12-31
    expect(r).toEqual(annualLeavePay(input));
  });

  it('JSON "no contract signed" (contractSignedDate: null) runs the full eleven months', () => {
    const r = doubleWages({
      startDate: '2025-01-01',
      endDate: '2026-03-31',
      monthlyWageFen: 900_000,
      contractSignedDate: null,
    });
    expect([r.months, r.amountFen]).toEqual([11, 9_900_000]);
  });

  it('a money item of the final-award test still needs its amount: null is refused like a missing one', () => {
    const call = (amountFen: number | null | undefined) => () =>
      finalAwardTest({
        minMonthlyWageFen: 249_000,
        items: [{ kind: 'labor_remuneration', ...(amountFen === undefined ? {} : { amountFen }) }],
      });
    expect(call(null)).toThrow(CalcInputError);
    expect(call(null)).toThrow('金额（items[0].amountFen）不能为空');
    expect(call(undefined)).toThrow('金额（items[0].amountFen）不能为空');
  });

  it('a value that is neither null nor valid is still refused (null is not a licence for anything)', () => {
    expect(() =>
      doubleWages({
        startDate: '2025-01-01',
        endDate: '2026-03-31',
        monthlyWageFen: 900_000,
        contractSignedDate: '',
      }),
    ).toThrow(CalcInputError);
  });

  it('property: nulling any subset of the optional fields equals leaving that subset out', () => {
    // Each optional field is given a valid value, left out, or sent as null; the null and omitted twins agree.
    const values: Record<string, readonly unknown[]> = {
      splitAt2008: [true, false],
      pre2008Included: [false, true],
      contractSignedDate: ['2025-06-15', '2024-12-01'],
      proration: ['calendar-month', 'service-month'],
      leaveDate: ['2025-06-30', '2025-12-31'],
      months: [1, 3.5],
      minMonthlyWageFen: [249_000],
      amountFen: [0, 100_000],
      label: ['确认劳动关系'],
    };
    const choice = fc.constantFrom<'value' | 'omitted' | 'null'>('value', 'omitted', 'null');
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        fc.array(choice, { minLength: 2, maxLength: 2 }),
        fc.nat(),
        (c, choices, pick) => {
          const omitted: Input = { ...c.base };
          const nulled: Input = { ...c.base };
          c.optional.forEach((key, i) => {
            const how = choices[i] ?? 'omitted';
            if (how === 'value') {
              const options = values[key] ?? [];
              const v = options[pick % options.length];
              omitted[key] = v;
              nulled[key] = v;
            } else if (how === 'null') nulled[key] = null;
          });
          const outcome = (input: Input): unknown => {
            try {
              return c.run(input);
            } catch (e) {
              if (e instanceof CalcInputError) return { refused: e.field, message: e.message };
              throw e;
            }
          };
          expect(outcome(nulled)).toEqual(outcome(omitted));
        },
      ),
    );
  });
});
