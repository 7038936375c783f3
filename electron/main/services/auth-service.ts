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

export function createAuthService(repos: Repos, deps: AuthDeps = {}) {
  const now = deps.now ?? Date.now;
  const throttle = deps.throttle ?? createThrottle(SIGN_IN_THROTTLE, now);
  const record = (e: Omit<SignInEvent, 'at'>): void =>
    deps.record?.({ at: new Date(now()).toISOString(), ...e });
  return {
    /**
     * One message for unknown user and wrong password, so the form does not reveal which accounts exist; an
     * unknown username is checked against a dummy hash so it takes as long as a real one. A throttled attempt
     * is refused before any check (shared/auth/throttle.ts).
     */
    signIn(username: string, password: string): Result<SessionUser> {
      const gate = throttle.check(username);
      if (!gate.ok) {
        const staffId = repos.staff.byUsername(username)?.id ?? null;
        record({ outcome: 'throttled', username, staffId, waitMs: gate.waitMs });
        return err('THROTTLED', throttledMessage(gate.waitMs), { waitMs: gate.waitMs });
      }
      const staff = repos.staff.byUsername(username);
      // An inactive account is checked against its own hash (same cost): "已停用" is said only to its owner.
      const valid = staff ? verifyPassword(password, staff.passwordHash) : verifyDummy(password);
      if (!staff || !valid) {
        throttle.failed(username);
        record({ outcome: 'failed', username, staffId: staff?.id ?? null, waitMs: null });
        return err('UNAUTHENTICATED', '用户名或密码不正确');
      }
      throttle.succeeded(username);
      if (!staff.active) return err('FORBIDDEN', '该账号已停用，请联系管理员');
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
