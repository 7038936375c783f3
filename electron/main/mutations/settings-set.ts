import { AppFailure } from '../../../shared/result';
import type { MutatorImpl } from './types';

/**
 * Stores a committee setting. The value was validated by the service that owns the key before it got here
 * (deadline rules, imported calendar years); this only refuses an actor without an office.
 */
export const setSetting: MutatorImpl<'settings.set', { key: string }> = {
  prepare: (args) => args,
  apply(args, ctx) {
    if (ctx.actor.officeId === null) throw new AppFailure('FORBIDDEN', '没有所属机构的账号不能修改设置');
    const before = ctx.repos.settings.get(args.key) ?? null;
    ctx.repos.settings.set(args.key, ctx.actor.officeId, args.value, ctx.nowIso, ctx.actor.id);
    return {
      result: { key: args.key },
      audit: {
        entity: 'setting',
        entityId: args.key,
        caseId: null,
        officeId: ctx.actor.officeId,
        before,
        after: args.value,
      },
    };
  },
};
