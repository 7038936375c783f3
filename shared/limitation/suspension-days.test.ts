import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dayOf, isoOf } from '../util/day-number';
import { extendedEnd, mergeSpans, overlapDays, suspendedWithin } from './suspension-days';

const d = dayOf;

describe('day numbers', () => {
  it('round-trip and count like the calendar', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('2025-08-15') - d('2025-07-01') + 1).toBe(46);
    expect(isoOf(d('2024-02-29') + 1)).toBe('2024-03-01');
    expect(() => d('2025-02-29')).toThrow(RangeError);
    fc.assert(fc.property(fc.integer({ min: -700000, max: 2900000 }), (n) => dayOf(isoOf(n)) === n));
  });
});

describe('suspended days', () => {
  const span = (from: string, to: string, reason = '不可抗力') => ({ from: d(from), to: d(to), reason });

  it('merges overlapping spans so no day counts twice, keeping adjacent ones apart', () => {
    const merged = mergeSpans([
      span('2025-02-05', '2025-02-14', '住院'),
      span('2025-02-01', '2025-02-10'),
      span('2025-02-15', '2025-02-16'),
    ]);
    expect(merged.map((s) => [isoOf(s.from), isoOf(s.to), s.reasons])).toEqual([
      ['2025-02-01', '2025-02-14', ['不可抗力', '住院']],
      ['2025-02-15', '2025-02-16', ['不可抗力']],
    ]);
    expect(suspendedWithin(merged, d('2025-01-31'), d('2025-12-31'))).toBe(16);
  });

  it('counts the days of a span inside (after, through]', () => {
    const [s] = mergeSpans([span('2025-03-01', '2025-03-20')]);
    if (s === undefined) throw new Error('no span');
    expect(overlapDays(s, d('2025-03-10'), d('2026-01-01'))).toBe(10); // the start day itself is excluded
    expect(overlapDays(s, d('2025-03-20'), d('2026-01-01'))).toBe(0);
    expect(overlapDays(s, d('2025-01-01'), d('2025-03-05'))).toBe(5);
  });

  it('extends the end until the non-suspended days make up the period', () => {
    const start = d('2025-03-10');
    const anniversary = d('2026-03-10');
    expect(extendedEnd(start, anniversary, [])).toBe(anniversary);
    expect(isoOf(extendedEnd(start, anniversary, mergeSpans([span('2025-07-01', '2025-08-15')])))).toBe(
      '2026-04-25',
    );
    expect(isoOf(extendedEnd(start, anniversary, mergeSpans([span('2026-03-01', '2026-03-20')])))).toBe(
      '2026-03-30',
    );
    // A second span reached only because of the first extension is counted too.
    const chained = mergeSpans([span('2025-07-01', '2025-08-15'), span('2026-04-20', '2026-04-21')]);
    expect(isoOf(extendedEnd(start, anniversary, chained))).toBe('2026-04-27');
  });

  /**
   * The oracle walks the calendar one day at a time over the raw, unmerged spans, sharing no code with the module
   * under test: the end is the day on which the count of days not suspended reaches the period's length.
   */
  const countDayByDay = (raw: readonly { from: number; to: number }[], length: number): number => {
    let day = 0;
    for (let counted = 0; counted < length;) {
      day += 1;
      if (!raw.some((s) => s.from <= day && day <= s.to)) counted += 1;
    }
    return day;
  };

  it('the end has exactly the period length of non-suspended days, and is itself not suspended', () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 120 }))
      .map(([offset, length]) => ({ from: offset, to: offset + length, reason: 'x' }));
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 6 }), fc.integer({ min: 365, max: 366 }), (raw, length) => {
        const end = extendedEnd(0, length, mergeSpans(raw));
        expect(end).toBe(countDayByDay(raw, length));
      }),
      { numRuns: 500 },
    );
  });
});
