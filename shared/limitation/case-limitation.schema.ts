import { z } from 'zod';
import { isValidIsoDate } from '../validate';
import { LimitationInterruption, LimitationSuspension } from './limitation.schema';

/**
 * The limitation facts recorded with a case at intake (reference §2.5). The claim types come from the case's
 * 案由 and the application day from its receipt, so the check can be rerun for every claim type on the case page.
 */
export const CaseLimitationFacts = z
  .object({
    knewOn: z
      .string({ message: '请填写知道或者应当知道权利被侵害之日' })
      .refine(isValidIsoDate, { message: '知道或者应当知道权利被侵害之日无效（格式应为 YYYY-MM-DD）' }),
    stillEmployed: z.boolean().optional(),
    employmentEndedOn: z
      .string()
      .refine(isValidIsoDate, { message: '劳动关系终止日期无效（格式应为 YYYY-MM-DD）' })
      .optional(),
    interruptions: z.array(LimitationInterruption).max(100).default([]),
    suspensions: z.array(LimitationSuspension).max(100).default([]),
  })
  .refine((v) => !(v.stillEmployed === true && v.employmentEndedOn !== undefined), {
    message: '劳动关系仍存续时不应填写劳动关系终止日期',
    path: ['employmentEndedOn'],
  });
export type CaseLimitationFacts = z.output<typeof CaseLimitationFacts>;
export type CaseLimitationFactsInput = z.input<typeof CaseLimitationFacts>;

export const LimitationResultView = z.object({
  claimType: z.string(),
  barDate: z.string().nullable(),
  inTime: z.union([z.boolean(), z.literal('not_applicable'), z.literal('unknown')]),
  status: z.enum(['in_time', 'time_barred', 'not_running', 'undetermined']),
  explain: z.array(z.string()),
  basis: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type LimitationResultView = z.infer<typeof LimitationResultView>;
