import type { MutatorImpl } from './types';
import { insertCaseAggregate, prepareCaseIds, type RegisterCaseResult } from './case-register';

/** 导入历史案件: a case from a previous system arrives with its status, dates and official number. */
export const importCase: MutatorImpl<'case.importHistorical', RegisterCaseResult> = {
  prepare: prepareCaseIds,
  apply: (args, ctx) =>
    insertCaseAggregate(args, ctx, {
      status: args.status,
      officialNo: args.officialNo ?? null,
      acceptedDate: args.acceptedDate ?? null,
      closedDate: args.closedDate ?? null,
      eventType: 'case.imported',
    }),
};
