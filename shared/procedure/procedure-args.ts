import { z } from 'zod';
import { Id, IsoDate } from '../schema/primitives';

/** Taking one procedural step on a case: the action, the day it happened, and what was recorded with it. */
export const PerformActionArgs = z.object({
  caseId: Id,
  action: z.string().min(1).max(60),
  occurredOn: IsoDate,
  payload: z.record(z.string(), z.unknown()).default({}),
  /** Filled in by main so a replay creates the same event. */
  eventId: Id.optional(),
});
export type PerformActionArgs = z.output<typeof PerformActionArgs>;
export type PerformActionInput = z.input<typeof PerformActionArgs>;

/** 调解不成转仲裁: one step creates the arbitration case from the mediation record. */
export const TransferToArbitrationArgs = z.object({
  mediationCaseId: Id,
  receivedDate: IsoDate,
  newCaseId: Id.optional(),
  provisionalNo: z.string().max(40).optional(),
  partyIds: z.array(Id).optional(),
  claimIds: z.array(Id).optional(),
  receivedEventId: Id.optional(),
  transferEventId: Id.optional(),
});
export type TransferToArbitrationArgs = z.output<typeof TransferToArbitrationArgs>;
