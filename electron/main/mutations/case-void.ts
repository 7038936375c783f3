import {
  planRestoreCase,
  planVoidCase,
  type VoidCaseResult,
} from '../../../shared/mutations/planners/case-void';
import type { PlannedMutator } from './types';

/** 作废案件 (shared/mutations/planners/case-void.ts): the desktop only fixes the event's id. */
export const voidCase: PlannedMutator<'case.void', VoidCaseResult> = {
  prepare: (args, ctx) => ({ ...args, eventId: args.eventId ?? ctx.newId() }),
  planner: planVoidCase,
};

/** 恢复 (shared/mutations/planners/case-void.ts). */
export const restoreCase: PlannedMutator<'case.restore', VoidCaseResult> = {
  prepare: (args, ctx) => ({ ...args, eventId: args.eventId ?? ctx.newId() }),
  planner: planRestoreCase,
};
