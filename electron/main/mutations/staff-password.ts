import {
  planRecordSignInRefusal,
  planUpgradePasswordHash,
} from '../../../shared/mutations/planners/staff-password';
import type { PlannedMutator } from './types';

/** The new hash is made by the auth service before the mutation (scrypt is not the planner's business). */
export const upgradePasswordHash: PlannedMutator<'staff.upgradePasswordHash', null> = {
  prepare: (args) => args,
  planner: planUpgradePasswordHash,
};

export const recordSignInRefusal: PlannedMutator<'staff.recordSignInRefusal', null> = {
  prepare: (args) => args,
  planner: planRecordSignInRefusal,
};
