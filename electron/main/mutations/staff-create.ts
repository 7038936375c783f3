import { AppFailure } from '../../../shared/result';
import type { MutatorImpl } from './types';

/** The audit image never carries the password hash. */
export const createStaff: MutatorImpl<'staff.create', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  apply(args, ctx) {
    const id = args.id as string;
    if (!ctx.repos.offices.get(args.officeId))
      throw new AppFailure('VALIDATION', '所属机构不存在', {
        issues: [{ path: 'officeId', label: '所属机构', message: '所属机构：不存在' }],
      });
    if (ctx.repos.staff.byUsername(args.username))
      throw new AppFailure('CONFLICT', `用户名“${args.username}”已被使用`, {
        issues: [
          {
            path: 'username',
            label: '用户名',
            message: `用户名：“${args.username}”已被使用`,
          },
        ],
      });
    const roles = [...new Set(args.roles)];
    ctx.repos.staff.insert(
      {
        id,
        officeId: args.officeId,
        name: args.name,
        username: args.username,
        passwordHash: args.passwordHash,
        roles,
      },
      ctx.nowIso,
    );
    return {
      result: { id },
      audit: {
        entity: 'staff',
        entityId: id,
        caseId: null,
        officeId: args.officeId,
        before: null,
        after: {
          id,
          officeId: args.officeId,
          name: args.name,
          username: args.username,
          roles,
          active: true,
        },
      },
    };
  },
};
