import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isValidIsoDate, isLeapYear, daysInMonth } from './date';

describe('isValidIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-01-01', '2026-12-31', '1900-02-28', '2026-04-30'])(
    'accepts %s',
    (s) => {
      expect(isValidIsoDate(s)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '20260105',
    ' 2026-01-05',
    '2026-01-05T00:00:00Z',
    '',
    '２０２６-01-05',
  ])('rejects %j', (s) => {
    expect(isValidIsoDate(s)).toBe(false);
  });

  it('agrees with Date.UTC on every day in 1800–2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const roundTrips = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === s;
          expect(isValidIsoDate(s)).toBe(roundTrips);
        },
      ),
    );
  });
});

describe('calendar helpers', () => {
  it('knows the leap-year rule', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 13)).toBe(0);
  });
});
