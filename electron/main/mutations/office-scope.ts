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

/**
 * The office a mutation that names no case writes into — a registration's or an import's office, a new person's
 * office, the person whose leave or relationship is recorded — or null when it names none. People act for their
 * own office and, from a committee, for its stations; never for a sibling station (the role × office table in
 * role-table.test.ts found these open).
 */
export function targetOfficeOf(
  repos: Pick<Repos, 'staff'>,
  name: string,
  args: Record<string, unknown>,
): string | null {
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  switch (name) {
    case 'case.register':
    case 'case.importHistorical':
    case 'staff.create':
      return text(args['officeId']);
    case 'office.create':
      return text(args['parentId']);
    case 'staff.recordLeave':
    case 'staff.declareRelationship': {
      const staffId = text(args['staffId']);
      return staffId === null ? null : (repos.staff.get(staffId)?.officeId ?? null);
    }
    default:
      return null;
  }
}

/** `targetOfficeOf`'s refusal: null when the person may act for that office. */
export function outsideTargetOfficeReason(
  repos: Pick<Repos, 'offices'>,
  targetOfficeId: string | null,
  actorOfficeId: string | null,
): string | null {
  if (targetOfficeId === null || actorOfficeId === null || targetOfficeId === actorOfficeId) return null;
  const office = repos.offices.get(targetOfficeId);
  if (office?.parentId === actorOfficeId) return null;
  return `该记录属于${office?.name ?? '其他机构'}，本机构不能为其办理`;
}
