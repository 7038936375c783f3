import type { AuditChainReport } from '../../../shared/contracts/sync.schema';
import { err, ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import type { Actor } from '../mutations/types';

/**
 * 核对本机审计记录: the local audit chain recomputed (issue 12 item 6). The trail names people and what they did to
 * cases, so only an administrator or a director may run the check.
 */
export function createAuditService(repos: Repos) {
  return {
    verify(actor: Actor): Result<AuditChainReport> {
      if (!actor.roles.includes('admin') && !actor.roles.includes('director'))
        return err('FORBIDDEN', '只有管理员或主任可以核对审计记录');
      return ok(repos.audit.verifyChain());
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
