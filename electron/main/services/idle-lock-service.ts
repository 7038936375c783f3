import { idleLockSettingsOf, type IdleLockSettings } from '../../../shared/auth/idle-lock-settings';
import { err, ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

export const IDLE_LOCK_KEY = 'security.idleLock';

/** 空闲锁定's minutes (issue 15 item 3): read by every window's idle timer, changed by an administrator. */
export function createIdleLockService(repos: Repos, mutations: MutationRunner) {
  return {
    settings: (): IdleLockSettings => idleLockSettingsOf(repos.settings.get(IDLE_LOCK_KEY)),
    /** Administrators only: how soon a desk left alone locks is a security policy, not a director's choice. */
    set(value: IdleLockSettings, actor: Actor): Result<{ saved: boolean }> {
      if (!actor.roles.includes('admin')) return err('FORBIDDEN', '只有系统管理员可以修改空闲锁定时间');
      const r = mutations.run('settings.set', { key: IDLE_LOCK_KEY, value }, actor);
      return r.ok ? ok({ saved: true }) : r;
    },
  };
}
export type IdleLockService = ReturnType<typeof createIdleLockService>;
