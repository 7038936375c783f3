import type {
  CaseDetail,
  CaseEvent,
  CaseListPage,
  ListCasesArgs,
  RegisterCaseArgs,
} from '../../../shared/domain/case/case.schema';
import { err, ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';
import { readableOfficeIds } from './case-access';

export function createCaseService(repos: Repos, mutations: MutationRunner) {
  return {
    register: (args: RegisterCaseArgs, actor: Actor) => mutations.run('case.register', args, actor),
    /**
     * The page of cases `reader` may see (services/case-access.ts), never a sibling station's. The IPC handler
     * always names the reader; null (every case) is for tests and benchmarks of the query itself.
     */
    list: (args: ListCasesArgs, reader: { officeId: string } | null = null): CaseListPage =>
      repos.caseQuery.list(args, reader === null ? null : readableOfficeIds(repos, reader.officeId)),
    get(id: string): Result<CaseDetail> {
      const c = repos.caseQuery.get(id);
      if (!c) return err('NOT_FOUND', '案件不存在或已删除');
      return ok({ ...c, parties: repos.parties.listByCase(id), claims: repos.claims.listByCase(id) });
    },
    timeline(id: string): Result<CaseEvent[]> {
      if (!repos.caseQuery.get(id)) return err('NOT_FOUND', '案件不存在或已删除');
      return ok(repos.events.listByCase(id));
    },
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
