import { planInitializeSetup } from '../../../shared/mutations/planners/office-staff';
import type { PlannedMutator } from './types';

/** First start: the committee and its first administrator (the password arrives hashed by setup-service). */
export const initializeSetup: PlannedMutator<'setup.initialize', { officeId: string; adminId: string }> = {
  prepare: (args, ctx) => ({
    ...args,
    officeId: args.officeId ?? ctx.newId(),
    adminId: args.adminId ?? ctx.newId(),
  }),
  planner: planInitializeSetup,
};
