import { z } from 'zod';
import { validateCaseNumberPattern } from './case-number';

/** The committee's letterhead and document settings, as an administrator edits them in 设置. */
export const CommitteeProfileView = z.object({
  name: z.string().trim().min(1, { message: '请填写仲裁委员会名称' }).max(100),
  shortName: z.string().trim().min(1, { message: '请填写简称' }).max(20),
  address: z.string().trim().max(200),
  phone: z.string().trim().max(50),
  sealText: z.string().trim().max(100),
  caseNumberPattern: z
    .string()
    .trim()
    .min(1, { message: '请填写案号格式' })
    .max(100)
    .superRefine((p, ctx) => {
      const r = validateCaseNumberPattern(p);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message });
    }),
  uppercaseAmounts: z.boolean(),
});
export type CommitteeProfileView = z.infer<typeof CommitteeProfileView>;
