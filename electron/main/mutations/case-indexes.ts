import type { Repos } from '../db/repositories';
import { caseSearchText } from './case-register';

/**
 * A case's local indexes rebuilt from its rows as they now are: its 案由 index (case_reasons) and its search
 * text (case_search, and FTS through its triggers). One function for both ways rows change — a mutation's plan
 * and a pulled page — so the two can never index a case differently. A tombstoned case leaves the 案由 index.
 */
export function refreshCaseIndexes(repos: Repos, caseId: string): void {
  const row = repos.cases.get(caseId);
  repos.cases.setReasons(caseId, row?.reasons ?? []);
  if (row === null) return;
  repos.cases.setSearchText(
    caseId,
    caseSearchText(row.provisionalNo, row.officialNo, repos.parties.listByCase(caseId)),
  );
}
