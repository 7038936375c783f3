import { AppFailure } from '../../result';
import type { MutationPlanner } from '../plan/planner';

/**
 * 指定书记员: who records and signs as 书记员 on the case's 裁决书, 调解书, 决定书 and file cover (reference §5.1). The
 * 主任 or the case's own A角 (承办人) decides it; the person must be an active clerk of the case's office. The
 * previous clerk is kept in the audit image.
 */
export const planAssignClerk: MutationPlanner<'case.assignClerk', { caseId: string; clerkId: string }> = {
  caseOf: (args) => args.caseId,
  plan(args, { store, actor, nowIso }) {
    const row = store.get('case', args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    const director = actor.roles.includes('director');
    if (!director && row.handlerId !== actor.id)
      throw new AppFailure('FORBIDDEN', '只有主任或本案承办人（A角）可以指定书记员');
    const clerk = store.get('staff', args.clerkId);
    const officeId = row.officeId;
    const refuse = (message: string) =>
      new AppFailure('VALIDATION', message, { issues: [{ path: 'clerkId', label: '书记员', message }] });
    if (clerk === null) throw refuse('所选人员不存在');
    if (!clerk.active) throw refuse(`${clerk.name}已停用，不能指定为书记员`);
    const roles = Array.isArray(clerk.roles) ? (clerk.roles as unknown[]) : [];
    if (!roles.includes('clerk')) throw refuse(`${clerk.name}不是书记员，不能指定为本案书记员`);
    if (clerk.officeId !== officeId) throw refuse(`${clerk.name}不属于本案所在机构`);
    const before = row.clerkId;
    store.update('case', args.caseId, { clerkId: args.clerkId, updatedAt: nowIso });
    return {
      result: { caseId: args.caseId, clerkId: args.clerkId },
      audit: {
        entity: 'case',
        entityId: args.caseId,
        caseId: args.caseId,
        officeId,
        before: { clerkId: before },
        after: { clerkId: args.clerkId },
      },
    };
  },
};
