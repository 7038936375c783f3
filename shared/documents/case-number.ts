// 案号 (case number) patterns per committee (reference §5.2): e.g. '{简称}劳人仲案字〔{年}〕第{号}号'. The year sits
// in 六角括号 〔〕 (U+3014/U+3015) as GB/T 9704 writes 发文字号, and the serial number has no leading zeros.

import { err, ok, type Result } from '../result';
import { findPlaceholders } from './wording';

/** Placeholders a case-number pattern may use. */
export const CASE_NUMBER_PLACEHOLDERS = ['简称', '年', '号', '类型'] as const;
export type CaseNumberPlaceholder = (typeof CASE_NUMBER_PLACEHOLDERS)[number];

/** A pattern many committees use; the committee edits it in settings. */
export const DEFAULT_CASE_NUMBER_PATTERN = '{简称}劳人仲案字〔{年}〕第{号}号';

export type CaseNumberParts = {
  /** The committee's short name (地区简称), e.g. '京朝'. */
  shortName: string;
  /** The acceptance year (reference §5.2: 年度 = acceptance year). */
  year: number;
  /** Serial number within the year (and type), from 1. */
  seq: number;
  /** An optional type marker (案 / 调 / 裁 / 简 / 集 …) for patterns with {类型}. */
  type?: string;
};

/**
 * Check a committee's pattern: every placeholder must be one of {简称} {年} {号} {类型}, {年} and {号} are required,
 * braces must pair up. The error message is Chinese and names the offending placeholder.
 */
export function validateCaseNumberPattern(pattern: string): Result<CaseNumberPlaceholder[]> {
  const found = findPlaceholders(pattern);
  if (!found.ok) return err('VALIDATION', `案号格式有误：${found.error}`);
  const allowed: readonly string[] = CASE_NUMBER_PLACEHOLDERS;
  const unknown = found.value.filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    return err(
      'VALIDATION',
      `案号格式含有无法识别的占位符：${unknown.map((n) => `{${n}}`).join('、')}（可用：${CASE_NUMBER_PLACEHOLDERS.map((n) => `{${n}}`).join('、')}）`,
      { unknown },
    );
  }
  const missing = (['年', '号'] as const).filter((name) => !found.value.includes(name));
  if (missing.length > 0) {
    return err('VALIDATION', `案号格式必须包含${missing.map((n) => `{${n}}`).join('和')}`, { missing });
  }
  return ok(found.value as CaseNumberPlaceholder[]);
}

/**
 * Fill a validated pattern: formatCaseNumber('{简称}劳人仲案字〔{年}〕第{号}号', { shortName: '京朝', year: 2026,
 * seq: 123 }) → '京朝劳人仲案字〔2026〕第123号'. Throws RangeError for an invalid pattern, a year that is not four
 * digits, a serial number below 1, or a pattern that needs a value that was not given.
 */
export function formatCaseNumber(pattern: string, parts: CaseNumberParts): string {
  const checked = validateCaseNumberPattern(pattern);
  if (!checked.ok) throw new RangeError(checked.error.message);
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) {
    throw new RangeError(`案号年度应为四位数字，实际为 ${parts.year}`);
  }
  if (!Number.isSafeInteger(parts.seq) || parts.seq < 1) {
    throw new RangeError(`案号序号应为正整数，实际为 ${parts.seq}`);
  }
  const values: Record<CaseNumberPlaceholder, string | undefined> = {
    简称: parts.shortName,
    年: String(parts.year),
    号: String(parts.seq),
    类型: parts.type,
  };
  const needed = checked.value.filter((name) => (values[name] ?? '').trim() === '');
  if (needed.length > 0) {
    throw new RangeError(`生成案号缺少：${needed.map((n) => `{${n}}`).join('、')}`);
  }
  return pattern.replace(
    /\{([^{}]*)\}/g,
    (_m, name: string) => values[name.trim() as CaseNumberPlaceholder] ?? '',
  );
}
