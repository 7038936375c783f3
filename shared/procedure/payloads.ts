import { z } from 'zod';
import { IsoDate, OptionalText, RequiredText } from '../schema/primitives';

/** Payload schemas shared by several actions, with Chinese messages. */
export const NoPayload = z.object({}).strict();
export const Note = z.object({ note: OptionalText(500) });
export const Reasons = z.object({ reasons: RequiredText(1000) });
export const TribunalPayload = z
  .object({
    mode: z.enum(['sole', 'panel'], { message: '请选择独任或合议' }),
    presidingId: z.string().min(1, { message: '请选择首席/独任仲裁员' }),
    memberIds: z.array(z.string().min(1)).max(3),
  })
  .superRefine((t, ctx) => {
    const all = new Set([t.presidingId, ...t.memberIds]);
    if (t.mode === 'sole' && all.size !== 1)
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: '独任仲裁只能有一名仲裁员' });
    if (t.mode === 'panel' && all.size !== 3)
      ctx.addIssue({
        code: 'custom',
        path: ['memberIds'],
        message: '合议仲裁庭须由三名不同的仲裁员组成（《劳动争议调解仲裁法》第三十一条）',
      });
  });
export const HearingPayload = z.object({
  hearingDate: IsoDate,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:MM' }),
  place: RequiredText(100),
});
export const DatePayload = (field: string) => z.object({ [field]: IsoDate });
export const ExtensionPayload = z.object({
  days: z
    .number()
    .int()
    .min(1, { message: '延长天数至少 1 天' })
    .max(15, { message: '延长期限不得超过十五日（《劳动争议调解仲裁法》第四十三条）' }),
  approvedBy: RequiredText(50),
  reasons: RequiredText(500),
});
export const SUSPENSION_REASONS = [
  '劳动者一方当事人死亡，需要等待继承人表明是否参加仲裁',
  '劳动者一方当事人丧失民事行为能力，尚未确定法定代理人',
  '用人单位终止，尚未确定权利义务承继者',
  '一方当事人因不可抗拒的事由，不能参加仲裁',
  '案件审理需要以其他案件的审理结果为依据，且其他案件尚未审结',
  '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论',
  '其他应当中止仲裁审理的情形',
] as const;
export const SuspensionPayload = z.object({
  reason: z.enum(SUSPENSION_REASONS, { message: '请选择中止事由（办案规则第四十七条）' }),
  approvedBy: RequiredText(50),
});
