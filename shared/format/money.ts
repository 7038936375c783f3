// Money is integer fen everywhere (reference, Decisions §5); these helpers convert
// between fen and the Arabic yuan text used in documents ("12,345.67元", reference §5.3).

/**
 * Format integer fen as yuan with thousands separators and two decimals:
 * 1234567 → '12,345.67', -5 → '-0.05'. Throws RangeError for a non-safe-integer.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`formatFen: expected a safe integer number of fen, got ${fen}`);
  }
  const sign = fen < 0 ? '-' : '';
  // String arithmetic on the digits avoids any floating-point division.
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${yuan}.${digits.slice(-2)}`;
}

// Optional '-', an integer part either plain ('12345', '0') or correctly grouped
// ('12,345'), then at most two decimals. No leading zeros except a lone '0'.
const YUAN = /^(-)?(0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/**
 * Parse yuan text into integer fen: '12345.6' → 1234560, '12,345.67' → 1234567,
 * '100' → 10000. Surrounding whitespace is ignored. Returns null for anything else
 * (more than two decimals, misplaced commas, '.5', '1.', letters, values beyond
 * Number.MAX_SAFE_INTEGER fen). The digits are joined as a string, so no
 * floating-point rounding can occur.
 */
export function yuanToFen(s: string): number | null {
  const m = YUAN.exec(s.trim());
  if (m === null) return null;
  const integerPart = (m[2] ?? '').replace(/,/g, '');
  const decimals = (m[3] ?? '').padEnd(2, '0');
  // Any digit string above MAX_SAFE_INTEGER converts to a Number ≥ 2^53, so the
  // safe-integer check below also catches overflow.
  const value = Number(integerPart + decimals);
  if (!Number.isSafeInteger(value)) return null;
  if (m[1] === '-' && value !== 0) return -value;
  return value;
}
