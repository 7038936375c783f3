// The zod schema of one element's filled value, built from its definition (type, required, choices, min/max,
// maxLength, format). Every message names the element by its label, so a form shows it beside the field and
// validateAnswers can list it. Dates are 'YYYY-MM-DD' real days, money integer fen (reference, Decisions §5).

import { z } from 'zod';
import { formatFen } from '../format/money';
import { validateCreditCode, validateIdNumber, validatePhone } from '../validate';
import { isValidIsoDate } from '../validate/date';
import type { Element, ItemElement } from './template.schema';

type Def = Element | ItemElement;

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DEFAULT_MAX_TEXT = 2000;

/** A form sends '' (or null) for a field left empty: treat it as not filled in. */
const blankToUndefined = (v: unknown): unknown =>
  v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;

/** '请填写X' when absent, 'X应为…' when of the wrong type. */
const typed = (label: string, wrong: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? `请填写${label}` : `${label}${wrong}`),
});

const dateSchema = (label: string) =>
  z
    .string(typed(label, '应为日期（YYYY-MM-DD）'))
    .refine(isValidIsoDate, { message: `${label}应为真实日期，格式 YYYY-MM-DD` });

function textSchema(def: Def, label: string): z.ZodType<string> {
  const max = def.maxLength ?? DEFAULT_MAX_TEXT;
  const base = z
    .string(typed(label, '应为文字'))
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字符` });
  const check = (ok: boolean, normalized: string | undefined, error: string | undefined, fallback: string) =>
    ok && normalized !== undefined ? { normalized } : { error: `${label}：${error ?? fallback}` };
  switch (def.format) {
    case 'id_number':
      return base.transform((s, ctx) => {
        const r = validateIdNumber(s);
        const c = check(r.ok, r.normalized, r.error, '公民身份号码无效');
        if ('error' in c) ctx.addIssue({ code: 'custom', message: c.error });
        return 'error' in c ? s : c.normalized;
      });
    case 'credit_code':
      return base.transform((s, ctx) => {
        const r = validateCreditCode(s);
        const c = check(r.ok, r.normalized, r.error, '统一社会信用代码无效');
        if ('error' in c) ctx.addIssue({ code: 'custom', message: c.error });
        return 'error' in c ? s : c.normalized;
      });
    case 'phone':
      return base.superRefine((s, ctx) => {
        const r = validatePhone(s);
        if (!r.ok) ctx.addIssue({ code: 'custom', message: `${label}：${r.error ?? '联系电话格式不正确'}` });
      });
    case 'year_month':
      return base.regex(YEAR_MONTH, { message: `${label}格式应为 YYYY-MM（如 2025-01）` });
    case undefined:
      return base;
  }
}

function moneySchema(def: Def, label: string): z.ZodType<number> {
  let s = z
    .number(typed(label, '应为金额（以“分”为单位的整数）'))
    .int({ message: `${label}须精确到分（以“分”为单位的整数）` })
    .nonnegative({ message: `${label}不能为负数` })
    .max(Number.MAX_SAFE_INTEGER, { message: `${label}过大` });
  if (def.min !== undefined) s = s.min(def.min, { message: `${label}不能低于 ${formatFen(def.min)} 元` });
  if (def.max !== undefined) s = s.max(def.max, { message: `${label}不能高于 ${formatFen(def.max)} 元` });
  return s;
}

function numberSchema(def: Def, label: string): z.ZodType<number> {
  const unit = def.unit ?? '';
  let s = z.number(typed(label, '应为数字')).finite({ message: `${label}应为有限数字` });
  if (def.min !== undefined) s = s.min(def.min, { message: `${label}不能小于 ${def.min}${unit}` });
  if (def.max !== undefined) s = s.max(def.max, { message: `${label}不能大于 ${def.max}${unit}` });
  return s;
}

function choiceSchema(def: Def, label: string): z.ZodType<string> {
  const choices = def.choices ?? [];
  return z.string(typed(label, '应为选项')).superRefine((v, ctx) => {
    if (!choices.some((c) => c.value === v))
      ctx.addIssue({
        code: 'custom',
        message: `${label}的取值“${v}”不在可选项中（可选：${choices.map((c) => c.label).join('、')}）`,
      });
  });
}

const dateRangeSchema = (label: string) =>
  z
    .strictObject(
      { from: dateSchema(`${label}的开始日期`), to: dateSchema(`${label}的结束日期`) },
      typed(label, '应为起止日期（from、to）'),
    )
    .refine((r) => r.from <= r.to, { message: `${label}的结束日期早于开始日期`, path: ['to'] });

/** The value schema of a scalar (non-list) element, without the required/optional wrapper. */
function scalarSchema(def: Def, label: string): z.ZodType {
  switch (def.type) {
    case 'text':
      return textSchema(def, label);
    case 'date':
      return dateSchema(label);
    case 'money':
      return moneySchema(def, label);
    case 'number':
      return numberSchema(def, label);
    case 'choice':
      return choiceSchema(def, label);
    case 'boolean':
      return z.boolean(typed(label, '应为“是”或“否”'));
    case 'date_range':
      return dateRangeSchema(label);
    case 'list':
      return listSchema(def, label);
  }
}

function listSchema(def: Def, label: string): z.ZodType {
  const items = 'itemFields' in def ? (def.itemFields ?? []) : [];
  const shape = Object.fromEntries(items.map((f) => [f.key, fieldSchema(f)]));
  const item = z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `${label}的列表项含有无法识别的字段：${iss.keys.join('、')}`
        : `${label}的每一项应为对象`,
  });
  const list = z.array(item, typed(label, '应为列表'));
  return def.required ? list.min(1, { message: `请填写${label}（至少一项）` }) : list;
}

/** Schema of one element's value as stored in answers: blank → not filled; required elements must be filled. */
export function fieldSchema(def: Def, label: string = def.label): z.ZodType {
  const value = scalarSchema(def, label);
  return z.preprocess(blankToUndefined, def.required ? value : value.optional());
}

/** Schema of a value that must be present (a respondent's own value on 不认可, a tribunal's finding). */
export function presentValueSchema(def: Def, label: string = def.label): z.ZodType {
  return z.preprocess(blankToUndefined, scalarSchema(def, label));
}
