import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import { actionTestId, offeredActions, TRANSFER_ACTION } from './action-forms';

type Available = CaseProcedureView['available'][number];

/** One button of 可办理事项: a step this user may take, or one legal now that only other roles may take. */
export type ActionButtonModel =
  | { kind: 'enabled'; id: string; label: string; testId: string; tooltip: string | null; action: Available }
  | { kind: 'disabled'; id: string; label: string; testId: string; tooltip: string; reason: string };

/**
 * The steps this user may take (enabled, with the provision as tooltip), then the steps legal now that need another
 * role (disabled, the reason naming who may: '需由仲裁员或主任办理') — saying why instead of hiding them. The test id
 * is the same either way (`action-arb-awarded`). 调解不成转仲裁 has its own button when the user may transfer; for
 * others it is listed disabled like any step, while the mediation case is not yet transferred.
 */
export function actionButtons(
  view: Pick<CaseProcedureView, 'available' | 'forOtherRoles' | 'linkedCaseId'>,
): ActionButtonModel[] {
  const enabled = offeredActions(view).map((a): ActionButtonModel => ({
    kind: 'enabled',
    id: a.id,
    label: a.label,
    testId: actionTestId(a.id),
    tooltip: a.citation === null ? null : `依据：${a.citation}`,
    action: a,
  }));
  const disabled = view.forOtherRoles
    .filter((a) => a.id !== TRANSFER_ACTION || view.linkedCaseId === null)
    .map((a): ActionButtonModel => ({
      kind: 'disabled',
      id: a.id,
      label: a.label,
      testId: actionTestId(a.id),
      tooltip: a.citation === null ? a.reason : `${a.reason}（依据：${a.citation}）`,
      reason: a.reason,
    }));
  return [...enabled, ...disabled];
}
