import { AppFailure } from '../../result';
import type { MutationPlanner } from '../plan/planner';

/**
 * 确认交接: the incoming A角 (or the 主任) confirms the handover sheet of a reassignment. The assignment row
 * keeps who confirmed it and when; confirming twice, or an assignment without a sheet, is refused.
 */
export const planConfirmHandover: MutationPlanner<'case.confirmHandover', { confirmedAt: string }> = {
  caseOf: (args, read) => read.get('assignment', args.assignmentId)?.caseId ?? null,
  plan(args, { store, actor, nowIso }) {
    const a = store.get('assignment', args.assignmentId);
    if (!a) throw new AppFailure('NOT_FOUND', '交接记录不存在');
    if (a.handover === null) throw new AppFailure('CONFLICT', '该次指定没有交接单');
    if (a.handoverConfirmedAt !== null) throw new AppFailure('CONFLICT', '交接单已确认');
    if (actor.id !== a.aId && !actor.roles.includes('director'))
      throw new AppFailure('FORBIDDEN', '只有接手的承办人才能确认交接');
    store.update('assignment', a.id, { handoverConfirmedAt: nowIso, handoverConfirmedBy: actor.id });
    return {
      result: { confirmedAt: nowIso },
      audit: {
        entity: 'assignment',
        entityId: a.id,
        caseId: a.caseId,
        officeId: null,
        before: { confirmed: false },
        after: { confirmed: true, by: actor.id },
      },
    };
  },
};
