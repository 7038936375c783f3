// The tribunal's finding on one disputed element — the 争议要素及认定 section of the element-style award
// (reference §3.5 item 6: each side's position → evidence → the tribunal's finding → reason). The evidence list may
// be empty when the finding rests on the burden of proof (e.g. 解释一 第四十二条、第四十四条).

import { z } from 'zod';
import { ElementValueSchema } from './answers.schema';
import type { ElementValue } from './answers.schema';
import { ELEMENT_KEY, templateElements } from './template.schema';
import type { ElementTemplate } from './template.schema';
import { presentValueSchema } from './value-schema';

const REASON_MAX = 2000;
const EVIDENCE_MAX = 200;

const reason = z
  .string({ message: '请填写认定理由' })
  .trim()
  .min(1, { message: '请填写认定理由' })
  .max(REASON_MAX, { message: `认定理由不能超过 ${REASON_MAX} 个字符` });

const evidence = z.array(
  z
    .string({ message: '证据名称应为文字' })
    .trim()
    .min(1, { message: '证据名称不能为空' })
    .max(EVIDENCE_MAX, { message: `证据名称不能超过 ${EVIDENCE_MAX} 个字符` }),
  { message: '请列出认定所依据的证据（无证据时填写空列表，并在理由中说明举证责任）' },
);

const strictError = {
  error: (iss: { code?: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys'
      ? `认定含有无法识别的字段：${(iss.keys ?? []).join('、')}`
      : '认定应为对象',
};

/** A finding whatever its element: the value is checked for shape only (use findingSchema for the element's type). */
export const Finding = z.strictObject(
  {
    key: z.string({ message: '请填写认定的要素' }).regex(ELEMENT_KEY, { message: '要素键格式不正确' }),
    value: ElementValueSchema,
    reason,
    evidence,
  },
  strictError,
);
export interface Finding {
  readonly key: string;
  readonly value: ElementValue;
  readonly reason: string;
  readonly evidence: readonly string[];
}

/** A finding on an element of `template`: the key must name a disputable element and the value fit its type. */
export function findingSchema(template: ElementTemplate): z.ZodType<Finding> {
  const elements = new Map(templateElements(template).map(({ element }) => [element.key, element]));
  return z
    .strictObject(
      { key: z.string({ message: '请填写认定的要素' }), value: z.unknown(), reason, evidence },
      strictError,
    )
    .superRefine((f, ctx) => {
      const el = elements.get(f.key);
      if (el === undefined) {
        ctx.addIssue({ code: 'custom', path: ['key'], message: `要素“${f.key}”不属于“${template.title}”` });
        return;
      }
      if (!el.disputable)
        ctx.addIssue({ code: 'custom', path: ['key'], message: `“${el.label}”不是可争议的要素，无需认定` });
      const value = presentValueSchema(el, `认定的${el.label}`).safeParse(f.value);
      if (!value.success)
        for (const issue of value.error.issues)
          ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
    }) as unknown as z.ZodType<Finding>;
}
