import type { MutatorImpl } from './types';
import { loadCase, projectCase } from './project-case';
import { insertCaseAggregate, prepareCaseIds, type RegisterCaseResult } from './case-register';

/** 导入历史案件: a case from a previous system arrives with its status, dates and official number. */
export const importCase: MutatorImpl<'case.importHistorical', RegisterCaseResult> = {
  prepare: prepareCaseIds,
  apply(args, ctx) {
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
