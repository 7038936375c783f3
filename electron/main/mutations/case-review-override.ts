import {
  planReviewOverride,
  type ReviewOverrideResult,
} from '../../../shared/mutations/planners/case-review-override';
import type { PlannedMutator } from './types';

/** 主任批准放行 (shared/mutations/planners/case-review-override.ts): the desktop only fixes the event's id. */
export const reviewOverride: PlannedMutator<'case.reviewOverride', ReviewOverrideResult> = {
  prepare: (args, ctx) => ({ ...args, eventId: args.eventId ?? ctx.newId() }),
  planner: planReviewOverride,
};
