import { planImportCase, type RegisterCaseResult } from '../../../shared/mutations/planners/case-register';
import type { PlannedMutator } from './types';
import { nextOfficialNo } from './official-number';
import { prepareCaseIds } from './case-register';

/** 导入历史案件: a case from a previous system arrives with its status, dates and official number. */
export const importCase: PlannedMutator<'case.importHistorical', RegisterCaseResult> = {
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
  planner: planImportCase,
};
