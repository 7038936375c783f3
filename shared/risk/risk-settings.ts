import { z } from 'zod';

// 集体争议: ten or more workers (《劳动争议调解仲裁法》第七条) — the registration schema's own threshold.
export { COLLECTIVE_MIN_WORKERS } from '../domain/case/case.schema';

/**
 * The committee's 风险预警 thresholds (setting `risk.settings`, edited by a director or administrator): how many
 * days apart two registrations of the same worker against the same employer count as a probable duplicate, and
 * how many open cases against one employer count as "several".
 */
export const RiskSettings = z.object({
  duplicateWindowDays: z
    .number({ message: '重复登记时间窗口应为天数' })
    .int({ message: '重复登记时间窗口应为整数天' })
    .min(1, { message: '重复登记时间窗口至少 1 天' })
    .max(365, { message: '重复登记时间窗口不能超过 365 天' }),
  employerOpenCases: z
    .number({ message: '同一用人单位未结案件数应为数字' })
    .int({ message: '同一用人单位未结案件数应为整数' })
    .min(2, { message: '同一用人单位未结案件数至少为 2' })
    .max(100, { message: '同一用人单位未结案件数不能超过 100' }),
});
export type RiskSettings = z.output<typeof RiskSettings>;

export const DEFAULT_RISK_SETTINGS: RiskSettings = { duplicateWindowDays: 30, employerOpenCases: 3 };

/** The stored setting, or the defaults when none (or an unreadable one) is stored. */
export function riskSettingsOf(stored: unknown): RiskSettings {
  const parsed = RiskSettings.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RISK_SETTINGS;
}
