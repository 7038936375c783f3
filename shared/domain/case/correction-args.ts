import { z } from 'zod';
import { Id, RequiredText } from '../../schema/primitives';
import { CaseFacts } from './case.schema';

/**
 * Mutation args of 更正与作废 (issue 10). Every one carries a reason; the ids of the events and rows it
 * creates are filled in by main, so the outbox args replay identically (sync §2.1).
 */
const Reason = RequiredText(500);

const Row = z.object({ id: z.string().max(128) }).catchall(z.unknown());
const FactsSeen = z.object({
  officeId: z.string().max(128),
  receivedDate: z.string().max(10),
  reasons: z.array(z.string().max(64)).max(50),
  isCollective: z.boolean(),
  workerCount: z.number().int().nullable(),
  isMigrantWage: z.boolean(),
  summary: z.string().max(20000).nullable(),
  parties: z.array(Row).max(500),
  claims: z.array(Row).max(500),
});

/** 更正: the whole set of facts as they should be; a party or claim left out is voided, never deleted. */
export const CorrectCaseArgs = z.object({
  caseId: Id,
  facts: CaseFacts,
  reason: Reason,
  correctionEventId: Id.optional(),
  /** The receipt event that supersedes the original when the 收件日期 is corrected. */
  receiptEventId: Id.optional(),
  /**
   * The facts as the author saw them when correcting (filled in by main): replayed on newer rows, only what the
   * author changed is applied (fact-merge.ts). Absent, the whole of `facts` is the correction.
   */
  seen: FactsSeen.optional(),
});
export type CorrectCaseArgs = z.output<typeof CorrectCaseArgs>;
export type CorrectCaseInput = z.input<typeof CorrectCaseArgs>;

/**
 * Why a case was voided, as a category the statistics can count (重复登记 is the common one and says the case
 * lives on under another number); the reason text says the rest. Added in version 2 of case.void: a version-1
 * entry carries only the text, and its upcaster (shared/mutations/upcasters.ts) files it under 其他.
 */
export const VOID_GROUNDS = ['duplicate', 'mistake', 'other'] as const;
export type VoidGrounds = (typeof VOID_GROUNDS)[number];
export const VOID_GROUNDS_LABELS: Readonly<Record<VoidGrounds, string>> = {
  duplicate: '重复登记',
  mistake: '登记错误',
  other: '其他',
};

/** 作废案件 (case.void version 2). */
export const VoidCaseArgs = z.object({
  caseId: Id,
  grounds: z.enum(VOID_GROUNDS, { message: '请选择作废类别' }),
  reason: Reason,
  eventId: Id.optional(),
});
export type VoidCaseArgs = z.output<typeof VoidCaseArgs>;

/** 恢复案件. */
export const RestoreCaseArgs = z.object({ caseId: Id, reason: Reason, eventId: Id.optional() });
export type RestoreCaseArgs = z.output<typeof RestoreCaseArgs>;

/** 作废一条办案记录 (a service record or a step entered by mistake): a superseding event, never a delete. */
export const VoidEventArgs = z.object({
  caseId: Id,
  eventId: Id,
  reason: Reason,
  voidEventId: Id.optional(),
});
export type VoidEventArgs = z.output<typeof VoidEventArgs>;
