import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { floorDiv, roundHalfUp } from './rounding';
import { formatRational, fromDecimal, rat } from './rational';

describe('roundHalfUp', () => {
  it.each([
    [0n, 1n, 0],
    [5n, 2n, 3],
    [3n, 2n, 2],
    [1n, 3n, 0],
    [2n, 3n, 1],
    [149n, 100n, 1],
    [150n, 100n, 2],
    [-5n, 2n, -3],
    [-1n, 3n, 0],
    [63000n * 100n, 1n, 6300000],
  ])('%d / %d → %d', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });

  it('rejects a non-positive denominator and an unsafe result', () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => roundHalfUp(1n, -2n)).toThrow(RangeError);
    expect(() => roundHalfUp(2n ** 60n, 1n)).toThrow(RangeError);
  });

  it('is within half a unit of the exact quotient and exact for integers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const r = BigInt(roundHalfUp(n, d));
        // |r − n/d| ≤ 1/2  ⇔  |2rd − 2n| ≤ d, and ties go up: 2n − 2rd < d.
        const diff = 2n * r * d - 2n * n;
        expect(diff <= d && -diff < d).toBe(true);
        expect(roundHalfUp(n * d, d)).toBe(Number(n));
      }),
    );
  });
});

describe('floorDiv', () => {
  it.each([
    [7n, 2n, 3n],
    [-7n, 2n, -4n],
    [1810n, 365n, 4n],
    [-4n, 2n, -2n],
  ])('%d / %d → %d', (n, d, q) => {
    expect(floorDiv(n, d)).toBe(q);
  });
});

describe('fromDecimal / formatRational', () => {
  it.each([
    [1.5, '3/2', '1.5'],
    [0.1, '1/10', '0.1'],
    [40, '40/1', '40'],
    [1e-7, '1/10000000', '0.0000001'],
    [1.25e21, '1250000000000000000000/1', '1250000000000000000000'],
  ])('%d', (x, frac, text) => {
    const r = fromDecimal(x);
    expect(`${r.n}/${r.d}`).toBe(frac);
    expect(formatRational(r)).toBe(text);
  });

  it('writes a non-terminating fraction as a/b and a terminating one as a decimal', () => {
    expect(formatRational(rat(14n, 31n))).toBe('14/31');
    expect(formatRational(rat(15n, 2n))).toBe('7.5');
    expect(formatRational(rat(1n, 8n))).toBe('0.125');
    expect(formatRational(rat(-3n, 4n))).toBe('-0.75');
  });
});
