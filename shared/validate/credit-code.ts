// GB 32100-2015 统一社会信用代码 validation (reference §7.2).
// Structure: pos 1 登记管理部门码, pos 2 机构类别码, pos 3–8 登记管理机关行政区划码,
// pos 9–17 主体标识码 (组织机构代码), pos 18 check character.

export interface CreditCodeResult {
  ok: boolean;
  /** Short Chinese message for the form, present when ok is false. */
  error?: string;
  /** Trimmed, upper-case 18-character code. */
  normalized?: string;
}

// 31-character set, value = index (I, O, S, V, Z are not used; M = 21, Y = 30) — reference §7.2.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Weights W_i = 3^(i−1) mod 31 for positions 1–17 (reference §7.2).
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// Valid 登记管理部门码 + 机构类别码 pairs as listed by a public validator (reference §7.2).
// The list is [M]/[V-sec] in the reference; kept in one place so it is easy to extend.
export const CREDIT_CODE_PREFIXES: readonly string[] = [
  '11',
  '12',
  '13',
  '19',
  '21',
  '29',
  '31',
  '32',
  '33',
  '34',
  '35',
  '39',
  '41',
  '49',
  '51',
  '52',
  '53',
  '59',
  '61',
  '62',
  '69',
  '71',
  '72',
  '79',
  '81',
  '89',
  '91',
  '92',
  '93',
  'A1',
  'A9',
  'N1',
  'N2',
  'N3',
  'N9',
  'Y1',
];
const PREFIX_SET: ReadonlySet<string> = new Set(CREDIT_CODE_PREFIXES);

export const CREDIT_CODE_ERRORS = {
  empty: '请填写统一社会信用代码',
  length: '统一社会信用代码应为18位',
  chars: '统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z）',
  prefix: '统一社会信用代码的登记管理部门码或机构类别码（前两位）无效',
  region: '统一社会信用代码第3至8位（行政区划码）应为数字',
  checkPrefix: '统一社会信用代码校验位错误，应为',
} as const;

/**
 * Check character for the first 17 characters of a code.
 * Throws when `body` is not 17 characters from the code's character set.
 */
export function creditCodeCheckChar(body: string): string {
  if (body.length !== 17) {
    throw new RangeError('creditCodeCheckChar expects 17 characters');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(body.charAt(i));
    if (value < 0) throw new RangeError('creditCodeCheckChar: invalid character');
    sum += value * (WEIGHTS[i] ?? 0);
  }
  // check = 31 − (S mod 31), with 31 mapped to 0 (reference §7.2).
  const check = (31 - (sum % 31)) % 31;
  return CHARSET.charAt(check);
}

/** Validate a 统一社会信用代码; input is trimmed and upper-cased first. */
export function validateCreditCode(s: string): CreditCodeResult {
  const input = s.trim().toUpperCase();
  if (input === '') return fail(CREDIT_CODE_ERRORS.empty);

  for (const ch of input) {
    if (!CHARSET.includes(ch)) return fail(CREDIT_CODE_ERRORS.chars);
  }
  if (input.length !== 18) return fail(CREDIT_CODE_ERRORS.length);
  if (!PREFIX_SET.has(input.slice(0, 2))) return fail(CREDIT_CODE_ERRORS.prefix);
  if (!/^\d{6}$/.test(input.slice(2, 8))) return fail(CREDIT_CODE_ERRORS.region);

  const check = creditCodeCheckChar(input.slice(0, 17));
  if (input.charAt(17) !== check) return fail(`${CREDIT_CODE_ERRORS.checkPrefix}${check}`);

  // The embedded GB 11714 组织机构代码 check (reference §7.2, "optional second check")
  // is deliberately not enforced: the reference marks it optional, and it is not
  // verified that every issued code (e.g. 个体工商户, 92…) embeds a valid GB 11714 code.
  return { ok: true, normalized: input };
}

function fail(error: string): CreditCodeResult {
  return { ok: false, error };
}
