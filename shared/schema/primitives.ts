import { z } from 'zod';
import { isValidIsoDate, validateCreditCode, validateIdNumber, validatePhone } from '../validate';
import { isRecordId } from '../util/record-id';

/** Primitive schemas with Chinese messages. Field names are added by `fieldIssues` (see field-labels.ts). */
/** A record's id: a UUID (made before schema 19) or a compact id (shared/util/compact-id.ts). */
export const Id = z.string().refine(isRecordId, { message: '编号格式不正确' });

export const IsoDate = z
  .string({ message: '请填写日期' })
  .refine(isValidIsoDate, { message: '日期无效（格式应为 YYYY-MM-DD，且须为真实日期）' });

/** Money is integer fen (分); never floats. */
export const Fen = z
  .number({ message: '请填写金额' })
  .int({ message: '金额须精确到分' })
  .nonnegative({ message: '金额不能为负数' })
  .max(Number.MAX_SAFE_INTEGER, { message: '金额过大' });

export const RequiredText = (max: number) =>
  z
    .string({ message: '不能为空' })
    .trim()
    .min(1, { message: '不能为空' })
    .max(max, { message: `不能超过 ${max} 个字符` });

export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `不能超过 ${max} 个字符` })
    .optional();

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const IdNumber = z.string().transform((s, ctx) => {
  const r = validateIdNumber(s);
  if (!r.ok || r.normalized === undefined) {
    ctx.addIssue({ code: 'custom', message: r.error ?? '公民身份号码无效' });
    return z.NEVER;
  }
  return r.normalized;
});

export const CreditCode = z.string().transform((s, ctx) => {
  const r = validateCreditCode(s);
  if (!r.ok || r.normalized === undefined) {
    ctx.addIssue({ code: 'custom', message: r.error ?? '统一社会信用代码无效' });
    return z.NEVER;
  }
  return r.normalized;
});

export const Phone = z.string().transform((s, ctx) => {
  const r = validatePhone(s);
  if (!r.ok || r.normalized === undefined) {
    ctx.addIssue({ code: 'custom', message: r.error ?? '联系电话格式不正确' });
    return z.NEVER;
  }
  return r.normalized;
});

/** An optional field where the form sends '' for "not filled in". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
