import { planVoidEvent, type VoidEventResult } from '../../../shared/mutations/planners/case-void-event';
import type { PlannedMutator } from './types';

/** 作废一条办案记录 (shared/mutations/planners/case-void-event.ts): the desktop only fixes the void event's id. */
export const voidEvent: PlannedMutator<'case.voidEvent', VoidEventResult> = {
  prepare: (args, ctx) => ({ ...args, voidEventId: args.voidEventId ?? ctx.newId() }),
  planner: planVoidEvent,
};
