// Input of the limitation check at intake (issue 3 item 3; reference §2.5). Messages are Chinese and name the
// field, so a form can show them as they are. Facts that are merely odd (an interruption before the start, an
// open suspension, an application before the start) are NOT rejected here: `checkLimitation` ignores them with a
// warning, because the check only informs and never blocks (the time bar is the respondent's defence).

import { z } from 'zod';
import { DISPUTE_REASON_CODES } from '../domain/reference-data';
import { isValidIsoDate } from '../validate';
import { INTERRUPTION_KIND_CODES } from './interruption-kinds';

const FORMAT = '（格式应为 YYYY-MM-DD，且须为真实日期）';

/** A required 'YYYY-MM-DD' whose messages name the field. */
function dateField(label: string) {
  return z.string({ message: `请填写${label}` }).refine(isValidIsoDate, { message: `${label}无效${FORMAT}` });
}

function text(label: string, max: number) {
  return z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字符` });
}

/** One interrupting event (《劳动争议调解仲裁法》第二十七条第二款). */
export const LimitationInterruption = z.object({
  on: dateField('时效中断日期'),
  kind: z.enum(INTERRUPTION_KIND_CODES, { message: '请选择时效中断事由' }),
  note: text('中断事由说明', 500).optional(),
});
export type LimitationInterruption = z.infer<typeof LimitationInterruption>;

/** One suspension (第二十七条第三款); `to` omitted while the cause has not ended. Both ends are days of suspension. */
export const LimitationSuspension = z
  .object({
    from: dateField('时效中止开始日期'),
    to: dateField('时效中止结束日期').optional(),
    reason: text('时效中止事由', 200),
  })
  .refine((s) => s.to === undefined || s.to >= s.from, {
    message: '时效中止结束日期不能早于开始日期',
    path: ['to'],
  });
export type LimitationSuspension = z.infer<typeof LimitationSuspension>;

export const LimitationInput = z
  .object({
    claimType: z.enum(DISPUTE_REASON_CODES, { message: '请选择请求类型（案由）' }),
    /** 知道或者应当知道其权利被侵害之日 (第二十七条第一款). */
    knewOn: dateField('知道或者应当知道权利被侵害之日'),
    /** 劳动关系终止之日, for 劳动报酬 claims (第二十七条第四款). */
    employmentEndedOn: dateField('劳动关系终止日期').optional(),
    stillEmployed: z.boolean({ message: '“劳动关系是否存续”须为是或否' }).optional(),
    interruptions: z
      .array(LimitationInterruption, { message: '时效中断事由须为列表' })
      .max(100, { message: '时效中断事由不能超过 100 项' })
      .default([]),
    suspensions: z
      .array(LimitationSuspension, { message: '时效中止事由须为列表' })
      .max(100, { message: '时效中止事由不能超过 100 项' })
      .default([]),
    /** The day the arbitration application is (or was) received. */
    applicationOn: dateField('仲裁申请日期'),
  })
  .refine((v) => !(v.stillEmployed === true && v.employmentEndedOn !== undefined), {
    message: '劳动关系仍存续时不应填写劳动关系终止日期',
    path: ['employmentEndedOn'],
  });

/** The parsed input (arrays filled in). */
export type LimitationInput = z.infer<typeof LimitationInput>;
/** What a form or IPC caller may send (the arrays may be omitted). */
export type LimitationInputData = z.input<typeof LimitationInput>;
