import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validatePhone, PHONE_ERROR, PHONE_EMPTY_ERROR } from './phone';

describe('validatePhone', () => {
  it.each([
    ['13800138000', '13800138000', 'mobile'],
    [' 138 0013 8000 ', '13800138000', 'mobile'],
    ['138-0013-8000', '13800138000', 'mobile'],
    ['+86 13800138000', '13800138000', 'mobile'],
    ['+86-199-1234-5678', '19912345678', 'mobile'],
    ['008613800138000', '13800138000', 'mobile'],
    ['8613800138000', '13800138000', 'mobile'],
    ['010-12345678', '010-12345678', 'landline'],
    ['01012345678', '010-12345678', 'landline'],
    ['021-1234567', '021-1234567', 'landline'],
    ['0755-12345678', '0755-12345678', 'landline'],
    ['075512345678', '0755-12345678', 'landline'],
    ['07551234567', '0755-1234567', 'landline'],
    ['0591-87654321-123', '0591-87654321-123', 'landline'],
    ['0591-87654321转8001', '0591-87654321-8001', 'landline'],
    ['(010)12345678', '010-12345678', 'landline'],
    ['（0755）12345678', '0755-12345678', 'landline'],
    ['010 1234 5678', '010-12345678', 'landline'],
  ] as const)('%j is valid', (input, normalized, kind) => {
    expect(validatePhone(input)).toEqual({ ok: true, normalized, kind });
  });

  it.each([
    '12800138000', // 12x is not a mobile prefix
    '1380013800', // 10 digits
    '138001380001', // 12 digits
    '23800138000',
    '010-123456', // local number too short
    '010-123456789', // local number too long
    '075-12345678', // 3-digit area codes are only 010 and 02x
    '0101-2345678',
    '0755-12345678-',
    '0755-12345678-1234567', // extension too long
    '12345',
    'abc',
    '138OO138000',
  ])('%j is rejected', (input) => {
    expect(validatePhone(input)).toEqual({ ok: false, error: PHONE_ERROR });
  });

  it('reports an empty number separately', () => {
    expect(validatePhone('   ')).toEqual({ ok: false, error: PHONE_EMPTY_ERROR });
  });

  it('accepts every mainland mobile number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        (second, rest) => {
          const n = `1${second}${String(rest).padStart(9, '0')}`;
          expect(validatePhone(n)).toEqual({ ok: true, kind: 'mobile', normalized: n });
        },
      ),
    );
  });
});
