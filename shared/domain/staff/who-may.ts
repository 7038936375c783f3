// Who may do something, said in Chinese from the roles allowed (issue 10 item 10: an action the user's role cannot
// take is shown with the reason instead of being hidden). Roles are named in the order of STAFF_ROLES, so the
// same set always reads the same way.

import { STAFF_ROLES, type StaffRole } from '../reference-data';

/** ['director', 'arbitrator'] → '仲裁员或主任'; three or more → '书记员、仲裁员或主任'. */
export function rolesText(roles: readonly StaffRole[]): string {
  const labels = STAFF_ROLES.filter((r) => roles.includes(r.code)).map((r) => r.label);
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join('、')}或${labels[labels.length - 1] ?? ''}`;
}

/** '需由仲裁员或主任办理' — the verb is what the allowed people do: 办理, 批准, 决定, 导入 … */
export const whoMayText = (roles: readonly StaffRole[], verb = '办理'): string =>
  roles.length === 0 ? '只能由系统执行' : `需由${rolesText(roles)}${verb}`;

/** Whether any of `mine` is among the roles allowed. */
export const hasAnyRole = (mine: readonly StaffRole[], allowed: readonly StaffRole[]): boolean =>
  mine.some((r) => allowed.includes(r));
