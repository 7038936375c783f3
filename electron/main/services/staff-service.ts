import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';
import type { Arg } from '../../../shared/contracts/ipc';
import type { PasswordHasher } from '../../../shared/auth/password-hasher';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

export function createStaffService(repos: Repos, mutations: MutationRunner, passwords: PasswordHasher) {
  return {
    list: (): StaffSummary[] => repos.staff.list().map(({ passwordHash: _hash, ...s }) => s),
    /** The password is hashed here, so neither the outbox nor the audit log ever holds it. */
    create: (input: Arg<'staff:create'>, actor: Actor) =>
      mutations.run(
        'staff.create',
        {
          officeId: input.officeId,
          name: input.name,
          username: input.username,
          passwordHash: passwords.hash(input.password),
          roles: input.roles,
        },
        actor,
      ),
  };
}
export type StaffService = ReturnType<typeof createStaffService>;
