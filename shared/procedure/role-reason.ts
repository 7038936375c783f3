// Why a step that is legal now is not for this user: who may take it, from the action's roles (issue 10 item 10).
// The verb follows the step: a step that is an approval (中止审理（经批准）, 延长审理期限（经主任书面批准）) is
// 批准, a decision (回避决定) is 决定, anything else is 办理.

import { whoMayText } from '../domain/staff/who-may';
import type { ProcedureAction } from './action-types';

const verbOf = (label: string): string =>
  label.includes('批准') ? '批准' : label.endsWith('决定') ? '决定' : '办理';

/** '需由仲裁员或主任办理', '需由主任批准', '需由主任决定' … */
export const roleReason = (action: Pick<ProcedureAction, 'label' | 'roles'>): string =>
  whoMayText(action.roles, verbOf(action.label));
