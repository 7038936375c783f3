// Input checks shared by the calculators. Each throws CalcInputError naming the field in Chinese and
// by its property path; nothing is clamped or defaulted (calc brief: never silently corrected).

import { parseIsoDate } from '../validate/date';
import { CalcInputError } from './errors';
import { fromDecimal } from './rational';
import type { Rational } from './rational';
import type { Ymd } from './dates';

const name = (label: string, field: string): string => `${label}（${field}）`;

/**
 * An optional input left out. JSON callers send `null` for "still employed" or "no contract signed" where
 * TypeScript callers omit the field; both mean the same, so every optional input treats them alike.
 */
export const absent = (value: unknown): value is null | undefined => value === undefined || value === null;

/** A real calendar day written 'YYYY-MM-DD'. */
export function requireDate(value: unknown, field: string, label: string): Ymd {
  const parsed = typeof value === 'string' ? parseIsoDate(value) : null;
  if (parsed === null) {
    throw new CalcInputError(field, `${name(label, field)}不是有效日期（应为 YYYY-MM-DD）：${String(value)}`);
  }
  return parsed;
}

/** Integer fen, ≥ 0 (or > 0 when `positive`). */
export function requireFen(value: unknown, field: string, label: string, positive = false): bigint {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new CalcInputError(field, `${name(label, field)}必须是以“分”为单位的整数：${String(value)}`);
  }
  if (value < 0 || (positive && value === 0)) {
    throw new CalcInputError(field, `${name(label, field)}必须${positive ? '大于零' : '不小于零'}：${value}`);
  }
  return BigInt(value);
}

/** A finite decimal ≥ 0 (hours, months, days), kept exact. */
export function requireQuantity(value: unknown, field: string, label: string, positive = false): Rational {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CalcInputError(field, `${name(label, field)}必须是数字：${String(value)}`);
  }
  if (value < 0 || (positive && value === 0)) {
    throw new CalcInputError(field, `${name(label, field)}必须${positive ? '大于零' : '不小于零'}：${value}`);
  }
  return fromDecimal(value);
}

/** An integer in [min, max]. */
export function requireInteger(
  value: unknown,
  field: string,
  label: string,
  min: number,
  max: number,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new CalcInputError(
      field,
      `${name(label, field)}必须是 ${min} 至 ${max} 之间的整数：${String(value)}`,
    );
  }
  return value;
}

/** A non-empty array (checked on `unknown` so the caller's element type is kept). */
export function requireNonEmptyList(value: unknown, field: string, label: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    throw new CalcInputError(field, `${name(label, field)}不能为空`);
  }
}
