import { planConfirmHandover } from '../../../shared/mutations/planners/case-assign';
import { planAssignCase } from '../../../shared/mutations/planners/assign-handlers';
import type { PlannedMutator } from './types';

/** 指定 A角/B角 (shared/mutations/planners/assign-handlers.ts): the assignment id is fixed here. */
export const assignCase: PlannedMutator<'case.assign', { id: string; warnings: string[] }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  planner: planAssignCase,
};

/** 确认交接 (shared/mutations/planners/case-assign.ts): nothing to prepare. */
export const confirmHandover: PlannedMutator<'case.confirmHandover', { confirmedAt: string }> = {
  prepare: (args) => args,
  planner: planConfirmHandover,
};
