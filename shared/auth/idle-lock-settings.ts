import { z } from 'zod';

/**
 * 空闲锁定 (issue 15 item 3): after this many minutes without keyboard or mouse activity the desktop shows the
 * lock screen and the core refuses the session's calls until its user's password is typed again. A committee
 * setting (`security.idleLock`, synced like the other settings), changed by an administrator in 设置.
 */
export const IdleLockSettings = z.object({
  idleMinutes: z
    .number({ message: '空闲锁定时间应为分钟数' })
    .int({ message: '空闲锁定时间应为整数分钟' })
    .min(1, { message: '空闲锁定时间至少 1 分钟' })
    .max(240, { message: '空闲锁定时间不能超过 240 分钟' }),
});
export type IdleLockSettings = z.output<typeof IdleLockSettings>;

export const DEFAULT_IDLE_LOCK: IdleLockSettings = { idleMinutes: 10 };

/** The stored setting, or the default when none (or an unreadable one) is stored. */
export function idleLockSettingsOf(stored: unknown): IdleLockSettings {
  const parsed = IdleLockSettings.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_IDLE_LOCK;
}
