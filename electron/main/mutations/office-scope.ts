import type { Repos } from '../db/repositories';

/**
 * Whether a person may work on a case of another office (issue 11 item 6, the desktop side of what the server
 * enforces): their own office's cases and, for a committee, its stations' cases. A station that follows a case it
 * handed to its committee may read it, never act on it — the server would refuse the push, so the desktop refuses
 * first and says why. Null when allowed.
 */
export function outsideOfficeReason(
  repos: Pick<Repos, 'offices'>,
  caseOfficeId: string,
  actorOfficeId: string | null,
): string | null {
  if (actorOfficeId === null || caseOfficeId === actorOfficeId) return null;
  const office = repos.offices.get(caseOfficeId);
  if (office?.parentId === actorOfficeId) return null;
  return `本案属于${office?.name ?? '其他机构'}，本机构只能查看，不能办理`;
}
