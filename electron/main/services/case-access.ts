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

/**
 * The offices whose cases a person of `officeId` may list: their own and, for a committee, its stations — the
 * same two levels `outsideOfficeReason` allows. Lists filter by it (a case linked to one of these offices' cases
 * is listed too, as `caseReadRefusal` lets it be opened).
 */
export function readableOfficeIds(repos: Pick<Repos, 'offices'>, officeId: string): string[] {
  return [officeId, ...repos.offices.list().flatMap((o) => (o.parentId === officeId ? [o.id] : []))];
}

/**
 * `caseReadRefusal` as a yes/no per case id, remembered for one call: a list of hundreds of rows names few
 * distinct cases. An unknown id is not readable (a list row never names a case that is gone).
 */
export function caseReader(
  repos: Pick<Repos, 'offices' | 'cases'>,
  user: { officeId: string },
): (caseId: string) => boolean {
  const seen = new Map<string, boolean>();
  return (caseId) => {
    let may = seen.get(caseId);
    if (may === undefined) {
      const row = repos.cases.get(caseId);
      may = row !== null && caseReadRefusal(repos, row, user) === null;
      seen.set(caseId, may);
    }
    return may;
  };
}
