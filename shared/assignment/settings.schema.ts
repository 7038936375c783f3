// Committee settings for AB角 assignment (reference §4). Every number is data an administrator can change
// (reference, preamble: [M] items are data, not constants); these are the defaults.

import { z } from 'zod';

const Factor = (label: string) =>
  z
    .number({ message: `${label}须为数字` })
    .positive({ message: `${label}须大于 0` })
    .max(100, { message: `${label}不能超过 100` });

/**
 * weight(case) = base × (collective ? collective : 1) × (simple ? simple : 1) × (mediation case ? mediation : 1).
 * A person's workload = Σ weight over open cases as A + asB × Σ weight over open cases as B.
 */
export const WorkloadWeights = z.object({
  base: Factor('基础权重').default(1),
  collective: Factor('集体争议权重').default(3),
  simple: Factor('简易处理权重').default(0.5),
  mediation: Factor('调解案件权重').default(1),
  asB: z
    .number({ message: 'B角折算比例须为数字' })
    .min(0, { message: 'B角折算比例不能为负数' })
    .max(1, { message: 'B角折算比例不能超过 1' })
    .default(0.3),
});
export type WorkloadWeights = z.infer<typeof WorkloadWeights>;

export const AssignmentSettings = z.object({
  weights: WorkloadWeights.prefault({}),
  /** When on, a person who handled (as A or B) an earlier case with the same parties is not eligible. */
  recuseSameParties: z.boolean({ message: '请填写是否回避同一当事人的案件' }).default(false),
  /** The escalation ladder starts when a deadline is this many working days away. */
  escalationDays: z
    .number({ message: '提醒提前天数须为数字' })
    .int({ message: '提醒提前天数须为整数' })
    .min(1, { message: '提醒提前天数至少为 1 个工作日' })
    .max(30, { message: '提醒提前天数不能超过 30 个工作日' })
    .default(2),
});
export type AssignmentSettings = z.infer<typeof AssignmentSettings>;
export type AssignmentSettingsInput = z.input<typeof AssignmentSettings>;

export const DEFAULT_ASSIGNMENT_SETTINGS: AssignmentSettings = AssignmentSettings.parse({});
