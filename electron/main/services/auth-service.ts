import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { err, ok, type Result } from '../../../shared/result';
import { verifyPassword } from '../auth/password';
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

export function createAuthService(repos: Repos) {
  return {
    /** One message for unknown user and wrong password, so the form does not reveal which accounts exist. */
    signIn(username: string, password: string): Result<SessionUser> {
      const staff = repos.staff.byUsername(username);
      if (!staff || !verifyPassword(password, staff.passwordHash))
        return err('UNAUTHENTICATED', '用户名或密码不正确');
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
