// 大写金额 (amount in capitals) per 《会计基础工作规范》 art 52 and the PBOC rules
// for filling in 票据 (reference §5.4). Money is integer fen (reference, Decisions §5).

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
// Place names inside a 4-digit group, indexed by the position from the right.
const PLACES = ['', '拾', '佰', '仟'] as const;

export interface RmbUppercaseOptions {
  /**
   * When the 元 digit is 0 and 角 is not, the rules allow "零" to be written or
   * omitted (reference §5.4). Default false: 10.50 → 壹拾元伍角整; true:
   * 10.50 → 壹拾元零伍角整. A 0 in the 角 place before a non-zero 分 always gets
   * "零" (425.03 → 肆佰贰拾伍元零叁分).
   */
  zeroBeforeJiao?: boolean;
}

/**
 * Amount in capitals for a non-negative integer number of fen, without the
 * "人民币" prefix (the template adds it when it is not preprinted, reference §5.4).
 *
 * 28954652 → 贰拾捌万玖仟伍佰肆拾陆元伍角贰分; 53200 → 伍佰叁拾贰元整;
 * 0 → 零元整; 5 → 伍分. Throws RangeError for negatives and non-safe-integers.
 */
export function rmbUppercase(fen: number, options: RmbUppercaseOptions = {}): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`rmbUppercase: expected a non-negative safe integer of fen, got ${fen}`);
  }
  // Work on the decimal digits as text so no floating-point division is involved.
  const digits = String(fen).padStart(3, '0');
  const yuanDigits = digits.slice(0, -2).replace(/^0+/, '');
  const jiao = Number(digits.charAt(digits.length - 2));
  const fenDigit = Number(digits.charAt(digits.length - 1));

  if (yuanDigits === '' && jiao === 0 && fenDigit === 0) return '零元整';

  let out = yuanDigits === '' ? '' : `${integerUppercase(yuanDigits)}元`;
  const yuanEndsInZero = yuanDigits.endsWith('0');

  if (jiao !== 0) {
    if (yuanEndsInZero && options.zeroBeforeJiao === true) out += '零';
    out += `${digit(jiao)}角`;
  } else if (fenDigit !== 0 && yuanDigits !== '') {
    // 元 … 零 … 分: the zero 角 sits between two non-zero places, so "零" is required.
    out += '零';
  }

  // Ending at 元 or 角 → "整"; ending at 分 → no "整" (reference §5.4).
  return fenDigit === 0 ? `${out}整` : `${out}${digit(fenDigit)}分`;
}

/**
 * Capitals for a positive integer given as digits without leading zeros.
 * Digits are read in groups of four (个, 万, 亿, 万亿); every run of zeros between
 * two non-zero digits, also across group boundaries, becomes a single "零"
 * (reference §5.4: "several 0s in a row → a single 零").
 */
function integerUppercase(digitsText: string): string {
  const groups: string[] = [];
  for (let end = digitsText.length; end > 0; end -= 4) {
    groups.unshift(digitsText.slice(Math.max(0, end - 4), end).padStart(4, '0'));
  }
  let out = '';
  let pendingZero = false;
  groups.forEach((group, index) => {
    const groupFromRight = groups.length - 1 - index;
    if (group === '0000') {
      if (out !== '') pendingZero = true;
      return;
    }
    for (let k = 0; k < 4; k++) {
      const d = Number(group.charAt(k));
      if (d === 0) {
        if (out !== '') pendingZero = true;
        continue;
      }
      if (pendingZero) {
        out += '零';
        pendingZero = false;
      }
      out += digit(d) + (PLACES[3 - k] ?? '');
    }
    out += groupUnit(groupFromRight, groups[index + 1]);
  });
  return out;
}

/**
 * Unit after a non-zero group. The fourth group is 万亿: written 万 when the 亿
 * group that follows is non-zero (壹万贰仟亿) and 万亿 when it is all zeros (壹万亿).
 * MAX_SAFE_INTEGER fen has 14 yuan digits, so four groups are enough.
 */
function groupUnit(groupFromRight: number, nextGroup: string | undefined): string {
  switch (groupFromRight) {
    case 0:
      return '';
    case 1:
      return '万';
    case 2:
      return '亿';
    default:
      return nextGroup === '0000' ? '万亿' : '万';
  }
}

function digit(d: number): string {
  return DIGITS.charAt(d);
}
