// GB 11643-1999 公民身份号码 validation (reference §7.1).
// Structure: 6-digit address code + 8-digit birth date YYYYMMDD + 3-digit sequence
// code (odd = male, even = female) + 1 check character (ISO 7064 MOD 11-2).

import { isValidCalendarDate, isValidIsoDate } from './date';
import { todayInChina } from '../util/clock';

export type Sex = 'male' | 'female';

export interface IdNumberResult {
  ok: boolean;
  /** Short Chinese message for the form, present when ok is false. */
  error?: string;
  /** 18-character form with an upper-case 'X'; legacy 15-digit numbers are upgraded. */
  normalized?: string;
  /** 'YYYY-MM-DD'. */
  birthDate?: string;
  sex?: Sex;
}

// Weights W_i = 2^(18−i) mod 11 for positions 1–17 (reference §7.1).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Check character indexed by S mod 11 (reference §7.1).
const CHECK_CHARS = '10X98765432';

// First two digits of the address code: provinces of GB/T 2260, 71 台湾, 81 香港,
// 82 澳门, 83 港澳台居民居住证 and 91 (外国人永久居留身份证, reference §7.1). The full
// county table changes over time, so only the province level is checked here.
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
]);

// Earliest accepted birth date. The standard's own example (reference §7.1, worked
// example 2) is born in 1880, so 1900 would reject a documented valid number.
const MIN_BIRTH_DATE = '1800-01-01';

export const ID_NUMBER_ERRORS = {
  empty: '请填写公民身份号码',
  length: '公民身份号码应为18位（或15位旧号码）',
  chars: '公民身份号码只能包含数字和末位X',
  address: '公民身份号码中的地址码无效',
  birthDate: '公民身份号码中的出生日期无效',
  future: '公民身份号码中的出生日期晚于当前日期',
  checkPrefix: '公民身份号码校验位错误，应为',
} as const;

/**
 * Check character for the first 17 digits of an 18-character number.
 * Throws when `body` is not exactly 17 ASCII digits (a programming error).
 */
export function idNumberCheckChar(body: string): string {
  if (!/^\d{17}$/.test(body)) {
    throw new RangeError('idNumberCheckChar expects 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(body.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Validate a 公民身份号码. Accepts 18-character numbers (lower-case 'x' allowed) and
 * legacy 15-digit numbers, which are upgraded by inserting '19' before the 2-digit
 * year and appending the computed check character (reference §7.1).
 *
 * @param today 'YYYY-MM-DD' upper bound for the birth date; defaults to the current
 *   date in China (UTC+8).
 */
export function validateIdNumber(s: string, today?: string): IdNumberResult {
  const bound = today ?? todayInChina();
  if (!isValidIsoDate(bound)) {
    throw new RangeError(`validateIdNumber: invalid today '${bound}'`);
  }

  // Only a trailing lower-case x is meaningful; upper-casing everything could change
  // the length (e.g. 'ß' → 'SS') and blur the error message.
  const input = s.trim().replace(/x$/, 'X');
  if (input === '') return fail(ID_NUMBER_ERRORS.empty);

  let body: string;
  let givenCheck: string | null;
  if (input.length === 18) {
    if (!/^\d{17}[\dX]$/.test(input)) return fail(ID_NUMBER_ERRORS.chars);
    body = input.slice(0, 17);
    givenCheck = input.charAt(17);
  } else if (input.length === 15) {
    // Legacy numbers are all digits; the 2-digit year is always 19xx.
    if (!/^\d{15}$/.test(input)) return fail(ID_NUMBER_ERRORS.chars);
    body = `${input.slice(0, 6)}19${input.slice(6)}`;
    givenCheck = null;
  } else {
    return fail(/^[\dX]*$/.test(input) ? ID_NUMBER_ERRORS.length : ID_NUMBER_ERRORS.chars);
  }

  if (!PROVINCE_CODES.has(body.slice(0, 2))) return fail(ID_NUMBER_ERRORS.address);

  const year = Number(body.slice(6, 10));
  const month = Number(body.slice(10, 12));
  const day = Number(body.slice(12, 14));
  if (!isValidCalendarDate(year, month, day)) return fail(ID_NUMBER_ERRORS.birthDate);
  const birthDate = `${body.slice(6, 10)}-${body.slice(10, 12)}-${body.slice(12, 14)}`;
  // ISO 'YYYY-MM-DD' strings compare correctly as plain strings.
  if (birthDate < MIN_BIRTH_DATE) return fail(ID_NUMBER_ERRORS.birthDate);
  if (birthDate > bound) return fail(ID_NUMBER_ERRORS.future);

  const check = idNumberCheckChar(body);
  if (givenCheck !== null && givenCheck !== check) {
    return fail(`${ID_NUMBER_ERRORS.checkPrefix}${check}`);
  }

  // Sequence code's last digit: position 17 of the 18-character form (reference §7.1).
  const sex: Sex = Number(body.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalized: body + check, birthDate, sex };
}

function fail(error: string): IdNumberResult {
  return { ok: false, error };
}
