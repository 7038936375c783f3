import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { err, ok, type Result } from '../../../shared/result';
import {
  createThrottle,
  SIGN_IN_THROTTLE,
  throttledMessage,
  type Throttle,
} from '../../../shared/auth/throttle';
import { verifyDummy, verifyPassword } from '../auth/password';
import type { Repos } from '../db/repositories';
import type { StaffRecord } from '../db/repositories/staff.repo';
import type { Actor } from '../mutations/types';

export function toSessionUser(repos: Pick<Repos, 'offices'>, s: StaffRecord): SessionUser {
  return {
    id: s.id,
    name: s.name,
    username: s.username,
    roles: s.roles,
    officeId: s.officeId,
    officeName: repos.offices.get(s.officeId)?.name ?? '',
  };
}

export const toActor = (u: SessionUser): Actor => ({ id: u.id, roles: u.roles, officeId: u.officeId });

/** What the sign-in audit keeps of a refused attempt: never the password, only who was tried and why it failed. */
export type SignInEvent = {
  at: string;
  /** A sign-in, or the password typed on the lock screen (issue 15 item 3); both share one throttle. */
  action: 'sign-in' | 'unlock';
  outcome: 'failed' | 'throttled';
  username: string;
  /** The account tried, when it exists. */
  staffId: string | null;
  /** For a throttled attempt: how long the person was told to wait. */
  waitMs: number | null;
};

export type AuthDeps = {
  now?: () => number;
  /** Where refused attempts are recorded (the desktop's log, app-core.ts); tests collect them. */
  record?: (e: SignInEvent) => void;
  throttle?: Throttle;
};

/** A wrong password on the lock screen: a field issue, not UNAUTHENTICATED (which would end the session). */
const wrongUnlockPassword = () =>
  err('VALIDATION', '密码：密码不正确', {
    issues: [{ path: 'password', label: '密码', message: '密码：密码不正确' }],
  });

export function createAuthService(repos: Repos, deps: AuthDeps = {}) {
  const now = deps.now ?? Date.now;
  const throttle = deps.throttle ?? createThrottle(SIGN_IN_THROTTLE, now);
  const record = (e: Omit<SignInEvent, 'at'>): void =>
    deps.record?.({ at: new Date(now()).toISOString(), ...e });
  /** Throttle gate, then the password; the refusals recorded for `action`. Null when the password is right. */
  const refusal = (
    action: SignInEvent['action'],
    username: string,
    password: string,
    staff: StaffRecord | undefined,
  ): 'wrong' | { throttledMs: number } | null => {
    const gate = throttle.check(username);
    if (!gate.ok) {
      record({ action, outcome: 'throttled', username, staffId: staff?.id ?? null, waitMs: gate.waitMs });
      return { throttledMs: gate.waitMs };
    }
    // An inactive account is checked against its own hash (same cost): "已停用" is said only to its owner.
    const valid = staff ? verifyPassword(password, staff.passwordHash) : verifyDummy(password);
    if (!staff || !valid) {
      throttle.failed(username);
      record({ action, outcome: 'failed', username, staffId: staff?.id ?? null, waitMs: null });
      return 'wrong';
    }
    throttle.succeeded(username);
    return null;
  };
  return {
    /**
     * One message for unknown user and wrong password, so the form does not reveal which accounts exist; an
     * unknown username is checked against a dummy hash so it takes as long as a real one. A throttled attempt
     * is refused before any check (shared/auth/throttle.ts).
     */
    signIn(username: string, password: string): Result<SessionUser> {
      const staff = repos.staff.byUsername(username) ?? undefined;
      const refused = refusal('sign-in', username, password, staff);
      if (refused !== null && refused !== 'wrong')
        return err('THROTTLED', throttledMessage(refused.throttledMs), { waitMs: refused.throttledMs });
      if (refused === 'wrong' || staff === undefined) return err('UNAUTHENTICATED', '用户名或密码不正确');
      if (!staff.active) return err('FORBIDDEN', '该账号已停用，请联系管理员');
      return ok(toSessionUser(repos, staff));
    },
    /**
     * The lock screen's password, for the session's own user: the same throttle as sign-in (keyed by the
     * username, so alternating between the two screens buys no extra guesses) and the same refusal records.
     */
    unlock(userId: string, password: string): Result<SessionUser> {
      const staff = repos.staff.get(userId);
      if (!staff?.active) return err('UNAUTHENTICATED', '登录已失效，请重新登录');
      const refused = refusal('unlock', staff.username, password, staff);
      if (refused === 'wrong') return wrongUnlockPassword();
      if (refused !== null)
        return err('THROTTLED', throttledMessage(refused.throttledMs), { waitMs: refused.throttledMs });
      return ok(toSessionUser(repos, staff));
    },
    currentUser(userId: string | null): SessionUser | null {
      if (userId === null) return null;
      const staff = repos.staff.get(userId);
      return staff?.active ? toSessionUser(repos, staff) : null;
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
