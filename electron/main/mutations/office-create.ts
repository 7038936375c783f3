import type { Office } from '../../../shared/domain/office/office.schema';
import { AppFailure } from '../../../shared/result';
import type { MutatorImpl } from './types';

export const createOffice: MutatorImpl<'office.create', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  apply(args, ctx) {
    const id = args.id as string;
    if (args.parentId !== undefined && !ctx.repos.offices.get(args.parentId))
      throw new AppFailure('VALIDATION', '上级机构不存在');
    const office: Office = {
      id,
      kind: args.kind,
      name: args.name,
      shortName: args.shortName,
      parentId: args.parentId ?? null,
    };
    ctx.repos.offices.insert(office, ctx.nowIso);
    return {
      result: { id },
      audit: {
        entity: 'office',
        entityId: id,
        caseId: null,
        officeId: id,
        before: null,
        after: office,
      },
    };
  },
};
