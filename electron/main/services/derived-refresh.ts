import type { Repos } from '../db/repositories';
import { refreshCaseIndexes } from '../mutations/case-indexes';
import type { DeadlineService } from './deadline-service';

/**
 * The local projections a case's synced rows feed — its search text (case_search, and FTS through its
 * triggers), its 案由 index (case_reasons) and its deadlines (case_deadlines) — rebuilt from the rows as they now
 * are. A mutation maintains them as it writes; rows that arrive from the server (a pull page, a re-snapshot)
 * did not go through a mutation, so the sync code calls this for the cases they touched, in the same
 * transaction, and the projections can never lag behind the rows.
 */
export function createDerivedRefresh(repos: Repos, deadlines: Pick<DeadlineService, 'refresh'>) {
  return {
    refreshDerived(caseIds: readonly string[]): void {
      const ids = [...new Set(caseIds)];
      for (const id of ids) refreshCaseIndexes(repos, id);
      deadlines.refresh(ids);
    },
  };
}
export type DerivedRefresh = ReturnType<typeof createDerivedRefresh>;
