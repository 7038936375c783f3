import { z } from 'zod';

/**
 * A deadline rule as data (reference §0.4 item 2, §1.7): every period, its unit, start event and roll-forward
 * flag lives in `resources/deadline-rules/*.json`, so a committee can change what the reference marks [M]
 * (units above all, §2.1) without touching code. Messages are Chinese because administrators edit these files.
 */

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

/** Payload field equality, e.g. `{ "document": "application_copy", "addresseeRole": "respondent" }`. */
export const PayloadWhere = z.record(
  z.string(),
  z.union([z.string(), z.boolean()], { message: '条件的取值只能是文字或 true/false' }),
  { message: '条件（where）应为“字段: 取值”的对象' },
);

/**
 * One event of the case log that a rule reacts to. `dateField` names the payload field holding the date that
 * matters (default: the event's own date), e.g. `effectiveOn` of a service record (§2.3), `hearingDate` of a
 * hearing; `label` overrides how the explanation names that date (起算日 labels, explain.ts).
 */
export const EventRef = strict(
  {
    event: text('事件类型', 100),
    where: PayloadWhere.optional(),
    dateField: text('日期字段', 50).optional(),
    label: text('日期名称', 30).optional(),
  },
  '事件',
);
export type EventRef = z.output<typeof EventRef>;

/** A period that does not count (办案规则 art 46(6)): from one event's date to a later (or the same) event's date. */
export const ExcludedInterval = strict(
  { label: text('扣除期间名称', 30), from: EventRef, to: EventRef },
  '扣除期间',
);

export const RULE_UNITS = ['workday', 'natural_day', 'month', 'year'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];
export const RESPONSIBLE = ['committee', 'applicant', 'respondent', 'parties'] as const;
export type Responsible = (typeof RESPONSIBLE)[number];

const RULE_ID = /^[a-z][a-z0-9]*(?:\.[a-z][a-zA-Z0-9_]*)+$/;

const DeadlineRuleObject = strict(
  {
    id: z
      .string({ message: '请填写规则编号' })
      .regex(RULE_ID, { message: '规则编号格式应为“领域.名称”，如 arb.defence' }),
    label: text('期限名称', 50),
    kinds: z
      .array(
        z.enum(['mediation', 'arbitration'], {
          message: '案件类型只能是 mediation（调解）或 arbitration（仲裁）',
        }),
        {
          message: '请填写适用的案件类型',
        },
      )
      .min(1, { message: '至少适用于一种案件类型' }),
    trigger: EventRef,
    /** Events that must also be in the log for the rule to apply, e.g. a final award (law art 49). */
    requires: z.array(EventRef, { message: '前提事件应为列表' }).default([]),
    count: z
      .number({ message: '请填写期间长度' })
      .int({ message: '期间长度须为整数' })
      .min(0, { message: '期间长度不能为负数' })
      .max(1000, { message: '期间长度不能超过 1000' }),
    unit: z.enum(RULE_UNITS, {
      message: '期间单位只能是 workday（工作日）、natural_day（自然日）、month（月）或 year（年）',
    }),
    /** 'before': the last day by which something must happen before the trigger date (law art 35). */
    direction: z
      .enum(['after', 'before'], { message: '方向只能是 after（之后）或 before（之前）' })
      .default('after'),
    /**
     * For 'before' rules: 'strict' = n full units strictly between the act and the trigger date; 'lenient' = the
     * n-th unit before it (the legal minimum). Reference §2.4 recommends strict and shows the lenient day [M].
     */
    beforeReading: z
      .enum(['strict', 'lenient'], { message: '读法只能是 strict（严格）或 lenient（宽松）' })
      .default('strict'),
    startExcluded: z
      .literal(true, {
        message: '期间开始之日不计算在内（《民事诉讼法》第八十五条），startExcluded 只能为 true',
      })
      .default(true),
    rollForward: z.boolean({ message: '请注明末日为休息日时是否顺延（rollForward: true/false）' }),
    completedBy: z.array(EventRef, { message: '完成事件应为列表' }).default([]),
    cancelledBy: z.array(text('取消事件类型', 100), { message: '取消事件应为列表' }).default([]),
    restartOn: z.array(EventRef, { message: '重新起算事件应为列表' }).default([]),
    excludedIntervals: z.array(ExcludedInterval, { message: '扣除期间应为列表' }).default([]),
    extension: strict(
      { event: text('延长事件类型', 100), where: PayloadWhere.optional(), field: text('延长天数字段', 50) },
      '延长设置',
    ).optional(),
    responsible: z.enum(RESPONSIBLE, { message: '责任方只能是 committee、applicant、respondent 或 parties' }),
    /** A party's option rather than a duty (a suit, a defence, a request): it lapses ('expired'), never 'overdue'. */
    informational: z.boolean({ message: 'informational 只能是 true 或 false' }).default(false),
    citation: text('法律依据', 200),
    confidence: text('可信度说明', 300).optional(),
    note: text('备注', 500).optional(),
  },
  '期限规则',
);

export const DeadlineRule = DeadlineRuleObject.superRefine((r, ctx) => {
  if (r.direction !== 'before') return;
  if (r.unit === 'month' || r.unit === 'year')
    ctx.addIssue({ code: 'custom', path: ['unit'], message: '“之前”（before）的期限只支持工作日或自然日' });
  if (r.excludedIntervals.length > 0 || r.extension !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['direction'],
      message: '“之前”（before）的期限不能设置扣除期间或延长',
    });
});
export type DeadlineRule = z.output<typeof DeadlineRule>;
export type DeadlineRuleInput = z.input<typeof DeadlineRule>;

/** A committee's whole rule set: rule ids are unique, because a case shows one deadline per rule. */
export const DeadlineRuleSet = z
  .array(DeadlineRule, { message: '期限规则集应为规则列表' })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `规则编号 ${r.id} 重复` });
      seen.add(r.id);
    });
  });
export type DeadlineRuleSet = z.output<typeof DeadlineRuleSet>;
