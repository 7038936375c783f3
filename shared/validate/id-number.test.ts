import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateIdNumber, idNumberCheckChar, ID_NUMBER_ERRORS } from './id-number';

// A fixed "today" keeps the future-date tests independent of the clock.
const TODAY = '2026-11-25';

// Independent re-derivation of reference §7.1 for the property tests:
// W_i = 2^(18−i) mod 11 and check = "10X98765432"[S mod 11].
function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i++) {
    sum += Number(body.charAt(i - 1)) * (2 ** (18 - i) % 11);
  }
  return '10X98765432'.charAt(sum % 11);
}

describe('validateIdNumber — worked examples (reference §7.1)', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female'],
    ['440524188001010014', '440524188001010014', '1880-01-01', 'male'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female'],
    ['  11010519491231002x\t', '11010519491231002X', '1949-12-31', 'female'],
    ['320106200002291230', '320106200002291230', '2000-02-29', 'male'],
    ['310115202402290011', '310115202402290011', '2024-02-29', 'male'],
    ['810000199001010019', '810000199001010019', '1990-01-01', 'male'],
    ['110105202611250016', '110105202611250016', '2026-11-25', 'male'],
  ] as const)('%s is valid', (input, normalized, birthDate, sex) => {
    expect(validateIdNumber(input, TODAY)).toEqual({ ok: true, normalized, birthDate, sex });
  });

  it('computes the check character of the worked examples', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
  });
});

describe('validateIdNumber — legacy 15-digit numbers', () => {
  it.each([
    ['110105491231002', '11010519491231002X', '1949-12-31', 'female'],
    ['440524800101001', '440524198001010013', '1980-01-01', 'male'],
    [' 110105491231002 ', '11010519491231002X', '1949-12-31', 'female'],
  ] as const)('%s → %s', (input, normalized, birthDate, sex) => {
    expect(validateIdNumber(input, TODAY)).toEqual({ ok: true, normalized, birthDate, sex });
  });

  it('rejects a legacy number with an impossible date (1900 is not a leap year)', () => {
    expect(validateIdNumber('110105000229001', TODAY)).toEqual({
      ok: false,
      error: ID_NUMBER_ERRORS.birthDate,
    });
  });

  it('rejects a legacy number with a letter', () => {
    expect(validateIdNumber('11010549123100X', TODAY).error).toBe(ID_NUMBER_ERRORS.chars);
  });
});

describe('validateIdNumber — invalid input', () => {
  it.each([
    ['11010519491231002X'.slice(0, 17) + '1', '公民身份号码校验位错误，应为X'],
    ['440524188001010013', '公民身份号码校验位错误，应为4'],
    ['110105194912310021', '公民身份号码校验位错误，应为X'],
  ])('wrong check character: %s', (input, error) => {
    expect(validateIdNumber(input, TODAY)).toEqual({ ok: false, error });
  });

  it.each([
    ['11010519490230002X', 'impossible date 1949-02-30'],
    ['110105190002290017', '1900-02-29 (1900 is not a leap year)'],
    ['110105202502290010', '2025-02-29'],
    ['110105194913310021', 'month 13'],
    ['110105194900100021', 'month 00'],
    ['110105194912000021', 'day 00'],
    ['110105179912310021', 'before 1800'],
  ])('%s is rejected: %s', (input) => {
    expect(validateIdNumber(input, TODAY).error).toBe(ID_NUMBER_ERRORS.birthDate);
  });

  it('rejects a birth date after today, accepts today', () => {
    expect(validateIdNumber('110105202611260011', TODAY)).toEqual({
      ok: false,
      error: ID_NUMBER_ERRORS.future,
    });
    expect(validateIdNumber('110105202611250016', TODAY).ok).toBe(true);
    expect(validateIdNumber('110105202611260011', '2026-11-26').ok).toBe(true);
  });

  it('defaults today to the current date (a number born in 2999 is in the future)', () => {
    const body = '11010529990101001';
    expect(validateIdNumber(body + idNumberCheckChar(body)).error).toBe(ID_NUMBER_ERRORS.future);
    expect(validateIdNumber('11010519491231002X').ok).toBe(true);
  });

  it('throws on an invalid today argument', () => {
    expect(() => validateIdNumber('11010519491231002X', '2026-02-30')).toThrow(RangeError);
  });

  it.each([
    ['', ID_NUMBER_ERRORS.empty],
    ['   ', ID_NUMBER_ERRORS.empty],
    ['1101051949123100', ID_NUMBER_ERRORS.length],
    ['11010519491231002X1', ID_NUMBER_ERRORS.length],
    ['1101051949123', ID_NUMBER_ERRORS.length],
    ['1101051949123100XX', ID_NUMBER_ERRORS.chars],
    ['X1010519491231002X', ID_NUMBER_ERRORS.chars],
    ['11010519491231002Y', ID_NUMBER_ERRORS.chars],
    ['110105 19491231002X', ID_NUMBER_ERRORS.chars],
    ['１１０１０５１９４９１２３１００２X', ID_NUMBER_ERRORS.chars],
    ['abc', ID_NUMBER_ERRORS.chars],
  ])('%j → %s', (input, error) => {
    expect(validateIdNumber(input, TODAY)).toEqual({ ok: false, error });
  });

  it.each([
    '01',
    '10',
    '16',
    '20',
    '24',
    '30',
    '38',
    '40',
    '47',
    '55',
    '60',
    '66',
    '72',
    '80',
    '84',
    '90',
    '99',
  ])('rejects province code %s', (province) => {
    const body = `${province}010519491231002`;
    expect(validateIdNumber(body + referenceCheck(body), TODAY).error).toBe(ID_NUMBER_ERRORS.address);
  });
});

// Arbitraries for a 17-digit body with a valid province and a real birth date.
const PROVINCES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83, 91,
].map(String);
const digitsArb = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const birthArb = fc
  .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2026-11-25T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const bodyArb = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    county: digitsArb(4),
    birth: birthArb,
    seq: digitsArb(3),
  })
  .map(({ province, county, birth, seq }) => ({
    body: province + county + birth.replace(/-/g, '') + seq,
    birth,
    seq,
  }));

describe('validateIdNumber — properties', () => {
  it('body + computed check validates; birth date and sex are extracted', () => {
    fc.assert(
      fc.property(bodyArb, ({ body, birth, seq }) => {
        const id = body + referenceCheck(body);
        const r = validateIdNumber(id, TODAY);
        expect(r).toEqual({
          ok: true,
          normalized: id,
          birthDate: birth,
          sex: Number(seq.charAt(2)) % 2 === 1 ? 'male' : 'female',
        });
        expect(idNumberCheckChar(body)).toBe(referenceCheck(body));
      }),
    );
  });

  it('any other check character is rejected and the right one is named', () => {
    const checkChars = '0123456789X'.split('');
    fc.assert(
      fc.property(bodyArb, fc.constantFrom(...checkChars), ({ body }, other) => {
        const right = referenceCheck(body);
        fc.pre(other !== right);
        expect(validateIdNumber(body + other, TODAY)).toEqual({
          ok: false,
          error: `${ID_NUMBER_ERRORS.checkPrefix}${right}`,
        });
      }),
    );
  });

  it('changing any single body digit invalidates the number (MOD 11-2 detects it)', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        ({ body }, pos, delta) => {
          const id = body + referenceCheck(body);
          const changed = String((Number(id.charAt(pos)) + delta) % 10);
          const mutated = id.slice(0, pos) + changed + id.slice(pos + 1);
          expect(validateIdNumber(mutated, TODAY).ok).toBe(false);
        },
      ),
    );
  });

  it('15-digit legacy numbers upgrade to the 18-digit form of the same person', () => {
    const legacyBirth = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('1999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(...PROVINCES),
        digitsArb(4),
        legacyBirth,
        digitsArb(3),
        (p, county, birth, seq) => {
          const legacy = p + county + birth.slice(2).replace(/-/g, '') + seq;
          const body = p + county + birth.replace(/-/g, '') + seq;
          const r = validateIdNumber(legacy, TODAY);
          expect(r.ok).toBe(true);
          expect(r.normalized).toBe(body + referenceCheck(body));
          expect(r.birthDate).toBe(birth);
        },
      ),
    );
  });
});
