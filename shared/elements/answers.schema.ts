// The filled 要素表: the applicant's values (《"要素式"申请书》) and the respondent's stance on each element
// (《"要素式"答辩书》: 认可 / 不认可 with its own value / 未答辩) — reference §3.1. The forms (react-hook-form +
// zod) use answersSchema / respondentAnswersSchema; main uses validateAnswers / validateRespondentAnswers.

import { z } from 'zod';
import type { FieldIssue } from '../result';
import { templateElements } from './template.schema';
import type { Element, ElementTemplate } from './template.schema';
import { fieldSchema, presentValueSchema } from './value-schema';

export interface DateRangeValue {
  readonly from: string;
  readonly to: string;
}
/** text / date / choice → string; money → integer fen; number → number; boolean; date_range → { from, to }. */
export type ScalarValue = string | number | boolean | DateRangeValue;
/** One row of a list element, keyed by its item fields (e.g. { month, payableFen, paidFen }). */
export type ListItemValue = { readonly [key: string]: ScalarValue };
export type ElementValue = ScalarValue | readonly ListItemValue[];
/** Element key → value; an element not filled in is absent. */
export type ApplicantAnswers = { readonly [key: string]: ElementValue };

export const STANCES = [
  { code: 'admit', label: '认可' },
  { code: 'deny', label: '不认可' },
  { code: 'no_answer', label: '未答辩' },
] as const;
export type Stance = (typeof STANCES)[number]['code'];
export const stanceLabel = (s: Stance): string => STANCES.find((x) => x.code === s)?.label ?? s;

export interface RespondentAnswer {
  readonly stance: Stance;
  /** Required with 'deny': the respondent's own value for the element. */
  readonly value?: ElementValue;
  readonly note?: string;
}
export type RespondentAnswers = { readonly [key: string]: RespondentAnswer };

/** Any stored value, whatever its element (for data that is checked against its element elsewhere). */
export const ElementValueSchema: z.ZodType<ElementValue> = z.union(
  [
    z.string(),
    z.number().finite(),
    z.boolean(),
    z.strictObject({ from: z.string(), to: z.string() }),
    z.array(
      z.record(
        z.string(),
        z.union([
          z.string(),
          z.number().finite(),
          z.boolean(),
          z.strictObject({ from: z.string(), to: z.string() }),
        ]),
      ),
    ),
  ],
  { message: '要素的值格式不正确' },
);

const NOTE_MAX = 500;

const strictFor = (template: ElementTemplate) => ({
  error: (iss: { code?: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys'
      ? `未知的要素：${(iss.keys ?? []).join('、')}（不属于“${template.title}”）`
      : '要素填写内容应为对象',
});

/** The zod schema of the applicant's answers to `template` (unknown keys rejected). */
export function answersSchema(template: ElementTemplate): z.ZodType<ApplicantAnswers> {
  const shape = Object.fromEntries(
    templateElements(template).map(({ element }) => [element.key, fieldSchema(element)]),
  );
  return z.strictObject(shape, strictFor(template)) as unknown as z.ZodType<ApplicantAnswers>;
}

function respondentAnswerSchema(el: Element): z.ZodType {
  return z
    .strictObject(
      {
        stance: z.enum(['admit', 'deny', 'no_answer'], {
          message: `请选择对“${el.label}”的答辩意见（认可、不认可或未答辩）`,
        }),
        value: presentValueSchema(el, `被申请人主张的${el.label}`).optional(),
        note: z
          .string({ message: '答辩理由应为文字' })
          .trim()
          .max(NOTE_MAX, { message: `答辩理由不能超过 ${NOTE_MAX} 个字符` })
          .optional(),
      },
      { error: () => `对“${el.label}”的答辩应包含答辩意见（stance）` },
    )
    .superRefine((a, ctx) => {
      if (a.stance === 'deny' && a.value === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `对“${el.label}”不认可的，请填写被申请人主张的${el.label}`,
        });
    });
}

/** The zod schema of the respondent's answers: any element may be answered; unanswered ones are absent. */
export function respondentAnswersSchema(template: ElementTemplate): z.ZodType<RespondentAnswers> {
  const shape = Object.fromEntries(
    templateElements(template).map(({ element }) => [
      element.key,
      respondentAnswerSchema(element).optional(),
    ]),
  );
  return z.strictObject(shape, strictFor(template)) as unknown as z.ZodType<RespondentAnswers>;
}

export type ValidateAnswersResult<T> = { ok: true; answers: T } | { ok: false; issues: FieldIssue[] };

/** Issues with the element's label; a list row's issue says which row ('月度工资明细第 2 项：…'). */
function issuesOf(template: ElementTemplate, error: z.ZodError): FieldIssue[] {
  const byKey = new Map(templateElements(template).map(({ element }) => [element.key, element]));
  return error.issues.map((issue) => {
    const [first, second] = issue.path;
    const el = typeof first === 'string' ? byKey.get(first) : undefined;
    const row = el?.type === 'list' && typeof second === 'number' ? `${el.label}第 ${second + 1} 项：` : '';
    return {
      path: issue.path.map(String).join('.'),
      label: el?.label ?? '',
      message: `${row}${issue.message}`,
    };
  });
}

/** Checks the applicant's answers against the template; returns the cleaned answers (blanks dropped, IDs normalised). */
export function validateAnswers(
  template: ElementTemplate,
  answers: unknown,
): ValidateAnswersResult<ApplicantAnswers> {
  const parsed = answersSchema(template).safeParse(answers);
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, issues: issuesOf(template, parsed.error) };
}

/** Checks the respondent's answers against the template (a 不认可 needs the respondent's own, well-typed value). */
export function validateRespondentAnswers(
  template: ElementTemplate,
  answers: unknown,
): ValidateAnswersResult<RespondentAnswers> {
  const parsed = respondentAnswersSchema(template).safeParse(answers);
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, issues: issuesOf(template, parsed.error) };
}
