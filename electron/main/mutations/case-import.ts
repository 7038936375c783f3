import type { MutatorImpl } from './types';
import { loadCase, projectCase } from './project-case';
import { nextOfficialNo } from './official-number';
import { insertCaseAggregate, prepareCaseIds, type RegisterCaseResult } from './case-register';

/** 导入历史案件: a case from a previous system arrives with its status, dates and official number. */
export const importCase: MutatorImpl<'case.importHistorical', RegisterCaseResult> = {
  prepare(args, ctx) {
    const prepared = prepareCaseIds(args, ctx);
    // An accepted arbitration case gets its official number from the committee's own sequence, like any other.
    if (
      prepared.kind === 'arbitration' &&
      prepared.acceptedDate !== undefined &&
      prepared.officialNo === undefined
    )
      return { ...prepared, officialNo: nextOfficialNo(ctx, prepared.acceptedDate) };
    return prepared;
  },
  apply(args, ctx) {
    // A future 收件日期 is refused by insertCaseAggregate, as at every registration.
    const r = insertCaseAggregate(args, ctx, {
      status: args.status,
      officialNo: args.officialNo ?? null,
      acceptedDate: args.acceptedDate ?? null,
      closedDate: args.closedDate ?? null,
      outcome: args.outcome,
      eventType: 'case.imported',
    });
    // The outcome and other procedure columns come from folding the import event, like any other case.
    projectCase(ctx, r.result.id, loadCase(ctx, r.result.id).state);
    return r;
  },
};
