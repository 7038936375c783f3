import { planDeclareRelationship, planRecordLeave } from '../../../shared/mutations/planners/staff-leave';
import type { PlannedMutator } from './types';

export const recordLeave: PlannedMutator<'staff.recordLeave', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  planner: planRecordLeave,
};

export const declareRelationship: PlannedMutator<'staff.declareRelationship', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  planner: planDeclareRelationship,
};
