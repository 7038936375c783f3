import type { StaffRole } from '../domain/reference-data';

/**
 * How far 期限待办's 全部 reaches for a person (issue 10 item 5). The 主任 and the administrator see every case.
 * A 书记员 tracks the deadlines of the cases their office handles — service, notices and dates are the clerk's
 * work on every case there, not only on cases where they are B角 (reference §4: a B who is an assistant or
 * 书记员 "tracks deadlines") — so a clerk sees every case of their own office and of the offices under it (a
 * committee's clerk also sees its 调解组织's mediation cases, whose failures arrive at the committee as
 * applications — 调解仲裁法第十四条第三款; a station's clerk sees the station's). Everyone else sees their own list.
 */
export type DeadlineReach = 'all' | 'office' | 'mine';

export function deadlineReach(roles: readonly StaffRole[]): DeadlineReach {
  if (roles.includes('director') || roles.includes('admin')) return 'all';
  if (roles.includes('clerk')) return 'office';
  return 'mine';
}

/** The office and every office below it (a committee and its stations), following `parentId`. */
export function officeSubtree(
  officeId: string,
  offices: readonly { id: string; parentId: string | null }[],
): string[] {
  const out = [officeId];
  for (let i = 0; i < out.length; i++)
    for (const o of offices) if (o.parentId === out[i] && !out.includes(o.id)) out.push(o.id);
  return out;
}
