import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatFen, yuanToFen } from './money';

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [100, '1.00'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [1234567, '12,345.67'],
    [100000000, '1,000,000.00'],
    [-5, '-0.05'],
    [-1234567, '-12,345.67'],
    [-0, '0.00'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
    [-Number.MAX_SAFE_INTEGER, '-90,071,992,547,409.91'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws for %d', (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError);
  });
});

describe('yuanToFen', () => {
  it.each([
    ['12345.6', 1234560],
    ['12,345.67', 1234567],
    ['100', 10000],
    ['0', 0],
    ['0.05', 5],
    ['0.5', 50],
    ['1,000', 100000],
    ['1,000,000.00', 100000000],
    [' 1.5 ', 150],
    ['-12.34', -1234],
    ['-0', 0],
    ['0.07', 7], // 0.07 * 100 = 7.000000000000001 in floating point
    ['1.13', 113], // 1.13 * 100 = 112.99999999999999
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
    ['90,071,992,547,409.91', Number.MAX_SAFE_INTEGER],
  ])('%j → %d', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it('never returns -0', () => {
    expect(Object.is(yuanToFen('-0.00'), 0)).toBe(true);
  });

  it.each([
    '',
    '  ',
    '1.234',
    '.5',
    '1.',
    '12,34',
    '1,2345',
    '1,000,00',
    ',100',
    '1000,000',
    '01',
    '00.5',
    '1e3',
    '+1',
    '--1',
    'abc',
    '¥100',
    '100元',
    '1 000',
    '0.1.2',
    'NaN',
    'Infinity',
    '１００',
    '90071992547409.92',
    '100000000000000000000',
  ])('%j → null', (text) => {
    expect(yuanToFen(text)).toBeNull();
  });

  it('round-trips formatFen for any safe integer fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        expect(yuanToFen(formatFen(fen))).toBe(fen);
        expect(yuanToFen(formatFen(fen).replace(/,/g, ''))).toBe(fen);
      }),
    );
  });

  it('round-trips negative amounts too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: -1 }), (fen) => {
        expect(yuanToFen(formatFen(fen))).toBe(fen);
      }),
    );
  });
});
