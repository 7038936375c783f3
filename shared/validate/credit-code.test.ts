import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  validateCreditCode,
  creditCodeCheckChar,
  CREDIT_CODE_ERRORS,
  CREDIT_CODE_PREFIXES,
} from './credit-code';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Independent re-derivation of reference §7.2 for the property tests:
// W_i = 3^(i−1) mod 31, check value = 31 − (S mod 31) with 31 → 0.
function referenceCheck(body: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of body) {
    sum += CHARSET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  const value = 31 - (sum % 31);
  return CHARSET.charAt(value === 31 ? 0 : value);
}

describe('validateCreditCode — examples', () => {
  it.each([
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['91350100m000100y43', '91350100M000100Y43'],
    ['  91350100M000100Y43 ', '91350100M000100Y43'],
    ['91110000600037341L', '91110000600037341L'],
    ['12100000400000000W', '12100000400000000W'],
    ['Y1110000000000000Q', 'Y1110000000000000Q'],
    ['N2110000000000000X', 'N2110000000000000X'],
    ['A1110105000000000T', 'A1110105000000000T'],
    ['93110105MA0000000Q', '93110105MA0000000Q'],
  ])('%j is valid', (input, normalized) => {
    expect(validateCreditCode(input)).toEqual({ ok: true, normalized });
  });

  it('computes the worked example check character (reference §7.2: S = 1640 → 3)', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100I4')).toThrow(RangeError);
  });

  it('maps a check value of 31 to 0', () => {
    // Find a body whose check value is 31 (S mod 31 = 0) by adjusting the last char.
    const stem = '9135010000000000';
    const body = CHARSET.split('')
      .map((c) => stem + c)
      .find((b) => referenceCheck(b) === '0');
    expect(body).toBeDefined();
    expect(creditCodeCheckChar(body ?? '')).toBe('0');
    expect(validateCreditCode(`${body ?? ''}0`).ok).toBe(true);
  });
});

describe('validateCreditCode — invalid input', () => {
  it.each([
    ['', CREDIT_CODE_ERRORS.empty],
    ['  ', CREDIT_CODE_ERRORS.empty],
    ['91350100M000100Y4', CREDIT_CODE_ERRORS.length],
    ['91350100M000100Y433', CREDIT_CODE_ERRORS.length],
    ['91350100M000100I43', CREDIT_CODE_ERRORS.chars],
    ['91350100O000100Y43', CREDIT_CODE_ERRORS.chars],
    ['91350100S000100Y43', CREDIT_CODE_ERRORS.chars],
    ['91350100V000100Y43', CREDIT_CODE_ERRORS.chars],
    ['91350100Z000100Y43', CREDIT_CODE_ERRORS.chars],
    ['91350100M000100Y4-', CREDIT_CODE_ERRORS.chars],
    ['9135 0100M000100Y43', CREDIT_CODE_ERRORS.chars],
    ['94350100M000100Y43', CREDIT_CODE_ERRORS.prefix],
    ['01350100M000100Y43', CREDIT_CODE_ERRORS.prefix],
    ['B1350100M000100Y43', CREDIT_CODE_ERRORS.prefix],
    ['913501A0M000100Y43', CREDIT_CODE_ERRORS.region],
    ['91350100M000100Y44', '统一社会信用代码校验位错误，应为3'],
    ['91350100M000100Y4Y', '统一社会信用代码校验位错误，应为3'],
  ])('%j → %s', (input, error) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, error });
  });
});

const charArb = fc.constantFrom(...CHARSET.split(''));
const digitArb = fc.constantFrom(...'0123456789'.split(''));
const bodyArb = fc
  .tuple(
    fc.constantFrom(...CREDIT_CODE_PREFIXES),
    fc.array(digitArb, { minLength: 6, maxLength: 6 }),
    fc.array(charArb, { minLength: 9, maxLength: 9 }),
  )
  .map(([prefix, region, id]) => prefix + region.join('') + id.join(''));

describe('validateCreditCode — properties', () => {
  it('body + computed check validates', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const code = body + referenceCheck(body);
        expect(creditCodeCheckChar(body)).toBe(referenceCheck(body));
        expect(validateCreditCode(code)).toEqual({ ok: true, normalized: code });
        expect(validateCreditCode(code.toLowerCase())).toEqual({ ok: true, normalized: code });
      }),
    );
  });

  it('any other check character is rejected and the right one is named', () => {
    fc.assert(
      fc.property(bodyArb, charArb, (body, other) => {
        const right = referenceCheck(body);
        fc.pre(other !== right);
        expect(validateCreditCode(body + other)).toEqual({
          ok: false,
          error: `${CREDIT_CODE_ERRORS.checkPrefix}${right}`,
        });
      }),
    );
  });

  it('changing any single body character invalidates the code', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (body, pos, delta) => {
          const code = body + referenceCheck(body);
          const value = CHARSET.indexOf(code.charAt(pos));
          const mutated = code.slice(0, pos) + CHARSET.charAt((value + delta) % 31) + code.slice(pos + 1);
          expect(validateCreditCode(mutated).ok).toBe(false);
        },
      ),
    );
  });
});
