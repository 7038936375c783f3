// Exact fractions for hours, months and days typed as decimals (1.5 小时, 7.5 个月), so a product with
// fen never passes through floating point. Internal to shared/calc.

export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export function rat(n: bigint, d = 1n): Rational {
  if (d <= 0n) throw new RangeError('rat: denominator must be positive');
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const toNumber = (a: Rational): number => Number(a.n) / Number(a.d);

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact decimal a finite non-negative number was written as: 1.5 → 3/2, 0.1 → 1/10 (not the
 * binary double nearest to it). JavaScript's shortest round-trip text is what the user typed.
 */
export function fromDecimal(x: number): Rational {
  const m = DECIMAL.exec(String(x));
  if (m === null) throw new RangeError(`fromDecimal: expected a finite non-negative number, got ${x}`);
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0') - frac.length;
  const digits = BigInt((m[1] ?? '0') + frac);
  return exp >= 0 ? rat(digits * 10n ** BigInt(exp)) : rat(digits, 10n ** BigInt(-exp));
}

/**
 * Text for explanations: a terminating decimal is written out ('7.5', '0.125'); any other fraction
 * as 'a/b'.
 */
export function formatRational(a: Rational): string {
  let d = a.d;
  let places = 0;
  while (d % 10n === 0n) {
    d /= 10n;
    places++;
  }
  while (d % 2n === 0n || d % 5n === 0n) {
    d /= d % 2n === 0n ? 2n : 5n;
    places++;
  }
  if (d !== 1n) return `${a.n}/${a.d}`;
  const scaled = (a.n * 10n ** BigInt(places)) / a.d;
  if (places === 0) return String(scaled);
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
