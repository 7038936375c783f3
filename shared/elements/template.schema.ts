import { z } from 'zod';
import { DISPUTE_REASON_CODES } from '../domain/reference-data';
import { CLAIM_CALCULATORS, ELEMENT_TYPES, lookupCalcInput } from './calc-inputs';
import type { CalculatorName } from './calc-inputs';

/**
 * A 要素表 template as data (reference §3.1: the applicant fills a 庭前要素事实确认表; §3.2 common elements; §3.3
 * per-claim elements). Templates live in `resources/elements/*.json` so a committee can change the [M] items
 * without a code change. Messages are Chinese; `validateTemplate` (template-validate.ts) prefixes each with the
 * group / element it concerns.
 */

export const ELEMENT_KEY = /^[a-z][a-zA-Z0-9_]*$/;
const TEMPLATE_ID = /^[a-z][a-z0-9_]*$/;
/** Checks applied to a text element's value (reference §7 checksums; 'year_month' = 'YYYY-MM'). */
export const TEXT_FORMATS = ['id_number', 'credit_code', 'phone', 'year_month'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
/** Template id of the common block (§3.2), which serves every claim type. */
export const BASE_TEMPLATE_ID = 'base';

const text = (what: string, max: number) =>
  z
    .string({ message: `请填写${what}` })
    .trim()
    .min(1, { message: `请填写${what}` })
    .max(max, { message: `${what}不能超过 ${max} 个字符` });

const strict = <T extends z.ZodRawShape>(shape: T, what: string) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `${what}含有无法识别的字段：${iss.keys.join('、')}`
        : `${what}应为对象`,
  });

const key = (what: string) =>
  z
    .string({ message: `请填写${what}` })
    .regex(ELEMENT_KEY, { message: `${what}须以小写字母开头，只含字母、数字和下划线` });

export const ElementChoice = strict({ value: text('选项取值', 50), label: text('选项名称', 50) }, '选项');

const finite = (what: string) =>
  z.number({ message: `${what}须为数字` }).finite({ message: `${what}须为有限数字` });

const elementShape = {
  key: key('要素键（key）'),
  label: text('要素名称（label）', 50),
  unit: text('单位（unit）', 10).optional(),
  required: z.boolean({ message: '请用 true/false 填写是否必填（required）' }),
  choices: z.array(ElementChoice, { message: '可选项（choices）应为列表' }).optional(),
  min: finite('最小值（min）').optional(),
  max: finite('最大值（max）').optional(),
  maxLength: z
    .number({ message: '最大长度（maxLength）须为数字' })
    .int({ message: '最大长度（maxLength）须为正整数' })
    .min(1, { message: '最大长度（maxLength）须为正整数' })
    .optional(),
  format: z.enum(TEXT_FORMATS, { message: `文字格式（format）只能是 ${TEXT_FORMATS.join('、')}` }).optional(),
  help: text('填写说明（help，含法律依据）', 500),
  disputable: z.boolean({ message: '请用 true/false 填写是否可争议（disputable）' }).default(true),
};

type Draft = {
  type: string;
  choices?: Array<{ value: string }> | undefined;
  min?: number | undefined;
  max?: number | undefined;
  maxLength?: number | undefined;
  format?: string | undefined;
};

/** Rules between fields of one element (messages without the element's name: validateTemplate adds it). */
function checkElementFields(el: Draft, ctx: z.RefinementCtx): void {
  const add = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  if (el.type === 'choice' && (el.choices === undefined || el.choices.length === 0))
    add('类型为选择项（choice），须列出可选项（choices）', 'choices');
  if (el.type !== 'choice' && el.choices !== undefined)
    add('只有选择项（choice）可以设置可选项（choices）', 'choices');
  const values = (el.choices ?? []).map((c) => c.value);
  const dup = values.find((v, i) => values.indexOf(v) !== i);
  if (dup !== undefined) add(`可选项取值“${dup}”重复`, 'choices');
  const numeric = el.type === 'number' || el.type === 'money';
  if (!numeric && (el.min !== undefined || el.max !== undefined))
    add('只有数字（number）和金额（money）可以设置最小值/最大值', el.min !== undefined ? 'min' : 'max');
  if (el.min !== undefined && el.max !== undefined && el.min > el.max) add('最小值大于最大值', 'min');
  if (el.type === 'money' && [el.min, el.max].some((v) => v !== undefined && !Number.isSafeInteger(v)))
    add('金额的最小值/最大值须为以“分”为单位的整数', 'min');
  if (el.type !== 'text' && el.maxLength !== undefined)
    add('只有文字（text）可以设置最大长度（maxLength）', 'maxLength');
  if (el.type !== 'text' && el.format !== undefined) add('只有文字（text）可以设置格式（format）', 'format');
}

const ITEM_TYPES = ['text', 'date', 'money', 'number', 'choice', 'date_range', 'boolean'] as const;

/** A field of one list item (e.g. a month of wages): no nested lists, no calcInput of its own. */
export const ItemElement = strict(
  {
    ...elementShape,
    type: z.enum(ITEM_TYPES, {
      error: (iss) =>
        iss.input === 'list' ? '列表项内不能再嵌套列表' : `列表项类型只能是 ${ITEM_TYPES.join('、')}`,
    }),
  },
  '列表项',
).superRefine(checkElementFields);
export type ItemElement = z.output<typeof ItemElement>;

export const Element = strict(
  {
    ...elementShape,
    type: z.enum(ELEMENT_TYPES, { message: `要素类型只能是 ${ELEMENT_TYPES.join('、')}` }),
    itemFields: z.array(ItemElement, { message: '列表项字段（itemFields）应为列表' }).optional(),
    calcInput: z.string({ message: '计算器输入（calcInput）应为文字' }).optional(),
    /** The same fact in another template, 'templateId.key' (e.g. 'base.hireDate'): forms may prefill from it. */
    sameAs: z
      .string({ message: '同一事实（sameAs）应为文字' })
      .regex(/^[a-z][a-z0-9_]*\.[a-z][a-zA-Z0-9_]*$/, {
        message: '同一事实（sameAs）格式应为“模板.要素键”，如 base.hireDate',
      })
      .optional(),
  },
  '要素',
).superRefine((el, ctx) => {
  checkElementFields(el, ctx);
  const add = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  if (el.type === 'list' && (el.itemFields === undefined || el.itemFields.length === 0))
    add('类型为列表（list），须列出列表项字段（itemFields）', 'itemFields');
  if (el.type !== 'list' && el.itemFields !== undefined)
    add('只有列表（list）可以设置列表项字段（itemFields）', 'itemFields');
  const itemKeys = (el.itemFields ?? []).map((f) => f.key);
  const dupItem = itemKeys.find((k, i) => itemKeys.indexOf(k) !== i);
  if (dupItem !== undefined) add(`列表项字段键“${dupItem}”重复`, 'itemFields');
  if (el.calcInput === undefined) return;
  const found = lookupCalcInput(el.calcInput);
  if (found === null) {
    add(`计算器输入“${el.calcInput}”不存在`, 'calcInput');
    return;
  }
  if (!found.spec.types.includes(el.type))
    add(`计算器输入“${el.calcInput}”（${found.spec.label}）不接受${el.type}类型的要素`, 'calcInput');
  const missing = (found.spec.itemKeys ?? []).filter((k) => !itemKeys.includes(k));
  if (el.type === 'list' && missing.length > 0)
    add(`计算器输入“${el.calcInput}”需要列表项字段：${missing.join('、')}`, 'itemFields');
});
export type Element = z.output<typeof Element>;

export const ElementGroup = strict(
  {
    key: key('分组键（key）'),
    label: text('分组名称（label）', 30),
    elements: z
      .array(Element, { message: '要素（elements）应为列表' })
      .min(1, { message: '分组至少须有一个要素' }),
  },
  '分组',
);
export type ElementGroup = z.output<typeof ElementGroup>;

export const ElementTemplate = strict(
  {
    id: z
      .string({ message: '请填写模板编号（id）' })
      .regex(TEMPLATE_ID, { message: '模板编号（id）须以小写字母开头，只含小写字母、数字和下划线' }),
    version: z
      .number({ message: '版本号（version）须为数字' })
      .int({ message: '版本号（version）须为正整数' })
      .min(1, { message: '版本号（version）须为正整数（不小于 1）' }),
    title: text('模板名称（title）', 50),
    claimTypes: z.array(
      z.enum(DISPUTE_REASON_CODES, { error: (iss) => `未知的请求类型“${String(iss.input)}”` }),
      { message: '适用的请求类型（claimTypes）应为列表' },
    ),
    groups: z
      .array(ElementGroup, { message: '分组（groups）应为列表' })
      .min(1, { message: '模板至少须有一个分组' }),
  },
  '要素模板',
).superRefine((t, ctx) => {
  const add = (message: string, path: Array<string | number>) =>
    ctx.addIssue({ code: 'custom', message, path });
  if (t.id === BASE_TEMPLATE_ID && t.claimTypes.length > 0)
    add('基础要素模板（base）适用于全部请求类型，claimTypes 应为空列表', ['claimTypes']);
  if (t.id !== BASE_TEMPLATE_ID && t.claimTypes.length === 0)
    add('请至少填写一个适用的请求类型（claimTypes）', ['claimTypes']);
  const dupClaim = t.claimTypes.find((c, i) => t.claimTypes.indexOf(c) !== i);
  if (dupClaim !== undefined) add(`请求类型“${dupClaim}”重复`, ['claimTypes']);
  const calculators = new Set<CalculatorName>();
  for (const c of t.claimTypes) {
    const calc = CLAIM_CALCULATORS[c];
    if (calc !== undefined) calculators.add(calc);
  }
  const groupKeys = new Map<string, number>();
  const seen = new Map<string, string>();
  const calcSeen = new Map<string, string>();
  t.groups.forEach((g, gi) => {
    if (groupKeys.has(g.key)) add(`分组键“${g.key}”重复`, ['groups', gi, 'key']);
    groupKeys.set(g.key, gi);
    g.elements.forEach((el, ei) => {
      const at = ['groups', gi, 'elements', ei];
      const other = seen.get(el.key);
      if (other !== undefined) add(`要素键“${el.key}”重复（已用于“${other}”）`, [...at, 'key']);
      else seen.set(el.key, el.label);
      if (el.calcInput === undefined) return;
      const calc = lookupCalcInput(el.calcInput)?.calculator;
      if (calc !== undefined && !calculators.has(calc))
        add(`计算器输入“${el.calcInput}”与本模板的请求类型不符`, [...at, 'calcInput']);
      const prior = calcSeen.get(el.calcInput);
      if (prior !== undefined)
        add(`计算器输入“${el.calcInput}”已由“${prior}”提供，不能重复`, [...at, 'calcInput']);
      else calcSeen.set(el.calcInput, el.label);
    });
  });
});
export type ElementTemplate = z.output<typeof ElementTemplate>;
export type ElementTemplateInput = z.input<typeof ElementTemplate>;

/** Every element of a template in order, with the group it belongs to. */
export function templateElements(
  template: ElementTemplate,
): Array<{ group: ElementGroup; element: Element }> {
  return template.groups.flatMap((group) => group.elements.map((element) => ({ group, element })));
}
