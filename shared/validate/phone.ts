// 联系电话 validation for mainland China: mobile numbers and landlines with area code.
// Not in the reference; the number plans used here are the public MIIT ones:
// mobile 1[3-9]x xxxx xxxx; area codes 010 and 02x are 3 digits, all others
// 0[3-9]xx are 4 digits; local numbers 7–8 digits.

export type PhoneKind = 'mobile' | 'landline';

export interface PhoneResult {
  ok: boolean;
  error?: string;
  /** Mobile: 11 digits. Landline: 'area-local' or 'area-local-extension'. */
  normalized?: string;
  kind?: PhoneKind;
}

export const PHONE_ERROR = '联系电话格式不正确';
export const PHONE_EMPTY_ERROR = '请填写联系电话';

// Optional country code (+86 / 0086 / 86), then 1[3-9] and 9 more digits, optionally
// grouped 3-4-4 with hyphens as people often type them.
const MOBILE = /^(?:(?:\+|00)?86-?)?(1[3-9]\d)-?(\d{4})-?(\d{4})$/;
// Area code with a separator (hyphen or brackets): the area code is exactly what the
// user wrote. Extension after '-' or '转'.
const LANDLINE_SEPARATED = /^(?:\((0\d{2,3})\)-?|(0\d{2,3})-)(\d{7,8})(?:(?:-|转)(\d{1,6}))?$/;
// Area code and number run together: split by the number plan.
const LANDLINE_JOINED = /^(0\d{9,11})(?:(?:-|转)(\d{1,6}))?$/;
// Valid mainland area codes: 010, 02x, 0[3-9]xx.
const AREA_CODE = /^(?:010|02\d|0[3-9]\d{2})$/;

/** Validate a mainland mobile or landline number. Spaces are ignored. */
export function validatePhone(s: string): PhoneResult {
  // People paste numbers with spaces (ASCII or full-width) and full-width brackets.
  const input = s
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[－—]/g, '-');
  if (input === '') return { ok: false, error: PHONE_EMPTY_ERROR };

  const mobile = MOBILE.exec(input);
  if (mobile !== null) {
    return { ok: true, kind: 'mobile', normalized: `${mobile[1]}${mobile[2]}${mobile[3]}` };
  }

  const separated = LANDLINE_SEPARATED.exec(input);
  if (separated !== null) {
    const area = separated[1] ?? separated[2] ?? '';
    return landline(area, separated[3] ?? '', separated[4]);
  }

  const joined = LANDLINE_JOINED.exec(input);
  if (joined !== null) {
    const digits = joined[1] ?? '';
    // 010 and 02x are the only 3-digit area codes.
    const areaLength = digits.charAt(1) === '1' || digits.charAt(1) === '2' ? 3 : 4;
    return landline(digits.slice(0, areaLength), digits.slice(areaLength), joined[2]);
  }

  return { ok: false, error: PHONE_ERROR };
}

function landline(area: string, local: string, extension: string | undefined): PhoneResult {
  if (!AREA_CODE.test(area) || !/^\d{7,8}$/.test(local)) {
    return { ok: false, error: PHONE_ERROR };
  }
  const base = `${area}-${local}`;
  return {
    ok: true,
    kind: 'landline',
    normalized: extension === undefined ? base : `${base}-${extension}`,
  };
}
