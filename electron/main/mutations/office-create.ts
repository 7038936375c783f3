import { planCreateOffice } from '../../../shared/mutations/planners/office-staff';
import type { PlannedMutator } from './types';

export const createOffice: PlannedMutator<'office.create', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  planner: planCreateOffice,
};
