import { planCreateStaff } from '../../../shared/mutations/planners/office-staff';
import type { PlannedMutator } from './types';

/** The password arrives hashed (staff-service hashes it before the mutation), so the planner stays pure. */
export const createStaff: PlannedMutator<'staff.create', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  planner: planCreateStaff,
};
