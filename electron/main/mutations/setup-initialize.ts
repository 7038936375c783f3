import { AppFailure } from '../../../shared/result';
import type { MutatorImpl } from './types';

/** First start: the committee and its first administrator. Refused once any account exists. */
export const initializeSetup: MutatorImpl<'setup.initialize', { officeId: string; adminId: string }> = {
  prepare: (args, ctx) => ({
    ...args,
    officeId: args.officeId ?? ctx.newId(),
    adminId: args.adminId ?? ctx.newId(),
  }),
  apply(args, ctx) {
    if (ctx.repos.staff.count() > 0) throw new AppFailure('CONFLICT', '系统已经初始化，不能重复初始化');
    const officeId = args.officeId as string;
    const adminId = args.adminId as string;
    const office = {
      id: officeId,
      kind: 'committee' as const,
      name: args.committeeName,
      shortName: args.shortName,
      parentId: null,
    };
    ctx.repos.offices.insert(office, ctx.nowIso);
    ctx.repos.staff.insert(
      {
        id: adminId,
        officeId,
        name: args.adminName,
        username: args.username,
        passwordHash: args.passwordHash,
        roles: ['admin', 'director'],
      },
      ctx.nowIso,
    );
    return {
      result: { officeId, adminId },
      audit: {
        entity: 'office',
        entityId: officeId,
        caseId: null,
        officeId,
        before: null,
        after: {
          office,
          admin: {
            id: adminId,
            name: args.adminName,
            username: args.username,
            roles: ['admin', 'director'],
          },
        },
      },
    };
  },
};
