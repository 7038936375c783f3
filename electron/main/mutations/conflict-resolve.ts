import {
  planResolveConflict,
  type ResolveConflictResult,
} from '../../../shared/mutations/planners/conflict-resolve';
import type { PlannedMutator } from './types';

/** 处理同步冲突 (shared/mutations/planners/conflict-resolve.ts): the timeline event's id is given here. */
export const resolveConflict: PlannedMutator<'conflict.resolve', ResolveConflictResult> = {
  prepare: (args, ctx) => ({ ...args, eventId: args.eventId ?? ctx.newId() }),
  planner: planResolveConflict,
};
