// One case as the statistics see it: plain data (dates 'YYYY-MM-DD', money integer fen), built by the desktop
// from its database or by a test by hand. Raw facts per case, never pre-counted figures, so any rate's numerator
// and denominator can be recomputed under another definition (reference decision 6).

import { z } from 'zod';
import { CASE_OUTCOME_CODES } from '../procedure/outcomes';
import { Fen, IsoDate } from '../schema/primitives';

/** 按争议原因分: the six rows of the official table. */
export const STAT_REASONS = [
  '劳动报酬',
  '社会保险',
  '变更劳动合同',
  '解除劳动合同',
  '终止劳动合同',
  '其他',
] as const;
export type StatReason = (typeof STAT_REASONS)[number];

/** 处理结果 of a closed arbitration case. */
export const STAT_RESULTS = [
  { code: 'employer', label: '用人单位胜诉' },
  { code: 'worker', label: '劳动者胜诉' },
  { code: 'partial', label: '双方部分胜诉' },
] as const;
export type StatResult = (typeof STAT_RESULTS)[number]['code'];

/** Whether an award is 终局 (law art 47); `mixed` is a 部分终局 award (之一 final items, 之二 the rest). */
export const FINALITIES = ['final', 'non_final', 'mixed'] as const;
export type Finality = (typeof FINALITIES)[number];

const Nullable = <T extends z.ZodType>(t: T) => t.nullable().optional().default(null);

export const StatsRecord = z
  .object({
    id: z.string({ message: '缺少案件编号' }).min(1, { message: '案件编号不能为空' }),
    /** Shown in drill-down lists: the official number, else the provisional one. */
    caseNo: z.string({ message: '缺少案号' }),
    /** station mediation (调解组织) or arbitration (仲裁委). */
    kind: z.enum(['mediation', 'arbitration'], { message: '案件类型须为 mediation 或 arbitration' }),
    /** 收件/登记日期. */
    receivedDate: IsoDate,
    /** 受理日期; null for a case never accepted (pending review, 不予受理). */
    acceptedDate: Nullable(IsoDate),
    closedDate: Nullable(IsoDate),
    /** 结案方式 (shared/procedure/outcomes); null while open. */
    outcome: Nullable(z.enum(CASE_OUTCOME_CODES, { message: '结案方式无效' })),
    /** Only for an award: 终局, 非终局 or 部分终局. */
    finality: Nullable(z.enum(FINALITIES, { message: '终局标记无效' })),
    isCollective: z.boolean({ message: '缺少集体争议标记' }),
    /** Workers among the parties (劳动者当事人数); at least 1 for a worker's claim. */
    workerCount: z
      .number()
      .int({ message: '劳动者人数须为整数' })
      .nonnegative({ message: '劳动者人数不能为负数' }),
    /** Whether a worker is the applicant (劳动者申诉). */
    workerApplicant: z.boolean({ message: '缺少劳动者申诉标记' }),
    /** Mapped to the official rows; the first is the principal reason the table counts the case under. */
    reasons: z.array(z.enum(STAT_REASONS, { message: '争议原因无效' })),
    claimedFen: Fen,
    awardedFen: Nullable(Fen),
    result: Nullable(z.enum(['employer', 'worker', 'partial'], { message: '处理结果无效' })),
    /** Last day of the 审限, including an approved extension (and excluded periods); null when unknown. */
    deadlineLastDay: Nullable(IsoDate),
    handlerId: Nullable(z.string()),
    handlerName: Nullable(z.string()),
    officeId: z.string({ message: '缺少办案机构' }),
    officeName: z.string({ message: '缺少办案机构名称' }),
    /** 评查合格; null or absent when the case was not reviewed. */
    reviewPassed: Nullable(z.boolean({ message: '评查结果须为是或否' })),
  })
  .strict();
export type StatsRecord = z.output<typeof StatsRecord>;
export type StatsRecordInput = z.input<typeof StatsRecord>;

/** The reporting period, both days included. */
export const StatsPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { message: '统计期间的开始日期不能晚于结束日期', path: ['to'] });
export type StatsPeriod = z.infer<typeof StatsPeriod>;
