import { planAssignClerk } from '../../../shared/mutations/planners/case-assign-clerk';
import type { PlannedMutator } from './types';

/** 指定书记员 (shared/mutations/planners/case-assign-clerk.ts): nothing to prepare. */
export const assignClerk: PlannedMutator<'case.assignClerk', { caseId: string; clerkId: string }> = {
  prepare: (args) => args,
  planner: planAssignClerk,
};
