import type {
  Element as ElementDef,
  ElementValue,
  ItemElement,
  ListItemValue,
  ScalarValue,
} from '../../../shared/elements';
import { formatFen, yuanToFen } from '../../../shared/format';

/**
 * One element's value as a form holds it, and the conversion to and from the stored value (shared/elements):
 * money is typed in 元 and stored as integer 分, numbers are typed as text, an unanswered 是/否 is null, a
 * 起止日期 is two 'YYYY-MM-DD' strings, a list is rows keyed by its item fields. Blank fields are left out of the
 * stored answers, exactly as the zod schemas expect.
 */
export type RangeField = { from: string; to: string };
export type ScalarField = string | boolean | null | RangeField;
export type RowField = { [key: string]: ScalarField };
export type FieldValue = ScalarField | RowField[];

/** A problem found while converting (text that is not a sum of money or a number), at a form path. */
export type FormIssue = { path: string; message: string };

export type Def = ElementDef | ItemElement;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

export const MONEY_FORMAT_MESSAGE = '金额格式不正确：以元为单位，最多两位小数，如 9000.00';
export const NUMBER_FORMAT_MESSAGE = '请填写数字，如 3 或 2.5';
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The empty field of an element: what a form starts with when nothing is stored. */
export function blankField(def: Def): FieldValue {
  switch (def.type) {
    case 'boolean':
      return null;
    case 'date_range':
      return { from: '', to: '' };
    case 'list':
      return [];
    case 'text':
    case 'date':
    case 'money':
    case 'number':
    case 'choice':
      return '';
  }
}

/** A stored scalar → its form field (money '9000.00', without thousands separators for editing). */
export function scalarToField(def: Def, value: unknown): ScalarField {
  if (value === undefined || value === null)
    return def.type === 'boolean' ? null : def.type === 'date_range' ? { from: '', to: '' } : '';
  switch (def.type) {
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? formatFen(value).replace(/,/g, '')
        : text(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date_range':
      return isRecord(value) ? { from: text(value['from']), to: text(value['to']) } : { from: '', to: '' };
    case 'number':
    case 'text':
    case 'date':
    case 'choice':
    case 'list':
      return text(value);
  }
}

/** A stored value → its form field. */
export function toField(def: Def, value: unknown): FieldValue {
  if (def.type !== 'list') return scalarToField(def, value);
  if (!Array.isArray(value)) return [];
  const items = 'itemFields' in def ? (def.itemFields ?? []) : [];
  return value
    .filter(isRecord)
    .map((row) => Object.fromEntries(items.map((f) => [f.key, scalarToField(f, row[f.key])])));
}

const blankText = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A form field → the stored scalar, or undefined when blank; conversion problems go to `issues`. */
export function scalarFromField(
  def: Def,
  field: unknown,
  path: string,
  issues: FormIssue[],
): ScalarValue | undefined {
  switch (def.type) {
    case 'boolean':
      return typeof field === 'boolean' ? field : undefined;
    case 'date_range': {
      if (!isRecord(field)) return undefined;
      const from = text(field['from']).trim();
      const to = text(field['to']).trim();
      return from === '' && to === '' ? undefined : { from, to };
    }
    case 'money': {
      if (blankText(field)) return undefined;
      const fen = yuanToFen(text(field));
      if (fen === null) issues.push({ path, message: MONEY_FORMAT_MESSAGE });
      return fen ?? undefined;
    }
    case 'number': {
      if (blankText(field)) return undefined;
      const s = text(field).trim();
      if (!NUMBER.test(s)) {
        issues.push({ path, message: NUMBER_FORMAT_MESSAGE });
        return undefined;
      }
      return Number(s);
    }
    case 'text':
    case 'date':
    case 'choice':
    case 'list':
      return blankText(field) ? undefined : text(field);
  }
}

/** A form field → the stored value (a list keeps its rows in order; a row's blank fields are left out). */
export function fromField(
  def: Def,
  field: unknown,
  path: string,
  issues: FormIssue[],
): ElementValue | undefined {
  if (def.type !== 'list') return scalarFromField(def, field, path, issues);
  if (!Array.isArray(field) || field.length === 0) return undefined;
  const items = 'itemFields' in def ? (def.itemFields ?? []) : [];
  return field.map((row: unknown, i): ListItemValue => {
    const out: Record<string, ScalarValue> = {};
    for (const f of items) {
      const v = scalarFromField(f, isRecord(row) ? row[f.key] : undefined, `${path}.${i}.${f.key}`, issues);
      if (v !== undefined) out[f.key] = v;
    }
    return out;
  });
}

/** True when the field holds nothing (so a prefill may fill it). */
export function isBlankField(field: unknown): boolean {
  if (field === undefined || field === null) return true;
  if (typeof field === 'string') return field.trim() === '';
  if (Array.isArray(field)) return field.length === 0;
  if (isRecord(field)) return blankText(field['from']) && blankText(field['to']);
  return false;
}

/** An empty row of a list element. */
export function blankRow(def: ElementDef): RowField {
  return Object.fromEntries((def.itemFields ?? []).map((f) => [f.key, scalarToField(f, undefined)]));
}
