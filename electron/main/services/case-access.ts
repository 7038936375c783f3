import type { Repos } from '../db/repositories';
import type { CaseRow } from '../db/repositories/case.repo';
import { outsideOfficeReason } from '../mutations/office-scope';

/**
 * Who may see a case, the read side of `outsideOfficeReason` (what the server's device scope lets a desktop hold,
 * server/sync/scope.ts): people of the case's office, of the committee above a station's case, and of the office
 * whose own case it is linked to (a station following the arbitration case its mediation was transferred into,
 * and back). Checked before anything that hands a case's files out of the app, such as the court bundle; null
 * when allowed, else the Chinese reason.
 */
export function caseReadRefusal(
  repos: Pick<Repos, 'offices' | 'cases'>,
  row: Pick<CaseRow, 'officeId' | 'linkedCaseId'>,
  user: { officeId: string },
): string | null {
  if (outsideOfficeReason(repos, row.officeId, user.officeId) === null) return null;
  const linked = row.linkedCaseId === null ? null : repos.cases.get(row.linkedCaseId);
  if (linked && outsideOfficeReason(repos, linked.officeId, user.officeId) === null) return null;
  const office = repos.offices.get(row.officeId)?.name ?? '其他机构';
  return `本案属于${office}，您所在的机构无权查看本案材料`;
}
