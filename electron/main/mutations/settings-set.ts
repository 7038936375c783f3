import { planSetSetting } from '../../../shared/mutations/planners/settings-set';
import type { PlannedMutator } from './types';

/** Stores a setting (shared/mutations/planners/settings-set.ts); nothing to prepare. */
export const setSetting: PlannedMutator<'settings.set', { key: string }> = {
  prepare: (args) => args,
  planner: planSetSetting,
};
