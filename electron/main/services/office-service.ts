import type { Arg } from '../../../shared/contracts/ipc';
import { err, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

/**
 * 设置 › 机构 (issue 11 item 5): a committee's administrator adds its 调解组织 from the desktop. A station is
 * always created under the administrator's own committee — the form never names a parent, so a station's
 * administrator cannot create offices beside or above it, and the server refuses the same (check-mutation.ts).
 */
export function createOfficeService(repos: Repos, mutations: MutationRunner) {
  return {
    createStation(input: Arg<'offices:create'>, actor: Actor): Result<{ id: string }> {
      const own = actor.officeId === null ? null : repos.offices.get(actor.officeId);
      // Roles are checked by the runner; this is the office half of "a committee administrator".
      if (own !== null && own.kind !== 'committee')
        return err('FORBIDDEN', '只有仲裁委员会的管理员可以新建调解组织');
      const taken = repos.offices.list().find((o) => o.name === input.name);
      if (taken !== undefined)
        return err('CONFLICT', `机构名称“${input.name}”已被使用`, {
          issues: [{ path: 'name', label: '机构名称', message: `机构名称：“${input.name}”已被使用` }],
        });
      return mutations.run(
        'office.create',
        { kind: 'station', name: input.name, shortName: input.shortName, parentId: own?.id },
        actor,
      );
    },
  };
}
export type OfficeService = ReturnType<typeof createOfficeService>;
