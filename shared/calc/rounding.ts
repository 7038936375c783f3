// Money is integer fen and is rounded once, at the end of a calculation, half up to the fen
// (reference, Decisions §5). Calculators therefore carry exact fractions (numerator / denominator in
// BigInt) and call roundHalfUp exactly once per amount.

/**
 * numerator ÷ denominator rounded to the nearest integer, halves away from zero (四舍五入):
 * roundHalfUp(5n, 2n) → 3, roundHalfUp(-5n, 2n) → -3. Throws RangeError for a non-positive
 * denominator or a result outside the safe-integer range.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError('roundHalfUp: denominator must be positive');
  const magnitude = numerator < 0n ? -numerator : numerator;
  // floor((2|n| + d) / 2d) = floor(|n|/d + 1/2); BigInt division truncates, exact for non-negatives.
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  const value = Number(numerator < 0n ? -rounded : rounded);
  if (!Number.isSafeInteger(value)) throw new RangeError('roundHalfUp: result is not a safe integer');
  return value;
}

/** numerator ÷ denominator rounded down (towards −∞); used where the law drops fractions (年休假 折算). */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('floorDiv: denominator must be positive');
  const q = numerator / denominator;
  return numerator < 0n && q * denominator !== numerator ? q - 1n : q;
}
