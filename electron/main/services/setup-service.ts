import type { InitializeArgs } from '../../../shared/domain/setup.schema';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { err, ok, type Result } from '../../../shared/result';
import type { z } from 'zod';
import type { PasswordHasher } from '../../../shared/auth/password-hasher';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import { SYSTEM_ACTOR } from '../mutations/types';
import { toActor, toSessionUser } from './auth-service';
import type { DemoService } from './demo-service';

export function createSetupService(
  repos: Repos,
  mutations: MutationRunner,
  demo: DemoService,
  passwords: PasswordHasher,
) {
  return {
    status: () => ({ initialized: repos.staff.count() > 0, caseCount: repos.caseQuery.count() }),
    /** Creates the committee and its administrator, then (optionally) demo cases; returns the signed-in admin. */
    initialize(args: z.output<typeof InitializeArgs>): Result<SessionUser> {
      if (repos.staff.count() > 0) return err('CONFLICT', '系统已经初始化，请直接登录');
      const r = mutations.run(
        'setup.initialize',
        {
          committeeName: args.committeeName,
          shortName: args.shortName,
          adminName: args.adminName,
          username: args.username,
          passwordHash: passwords.hash(args.password),
        },
        SYSTEM_ACTOR,
      );
      if (!r.ok) return r;
      const admin = repos.staff.get(r.value.adminId);
      if (!admin) return err('INTERNAL', '初始化后未找到管理员账号');
      const user = toSessionUser(repos, admin);
      if (args.demoCases > 0) {
        const seeded = demo.seed(args.demoCases, toActor(user));
        if (!seeded.ok) return seeded;
      }
      return ok(user);
    },
  };
}
export type SetupService = ReturnType<typeof createSetupService>;
