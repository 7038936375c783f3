import { z } from 'zod';
import {
  CorrectCaseArgs,
  RestoreCaseArgs,
  VoidCaseArgs,
  VoidEventArgs,
} from '../domain/case/correction-args';
import { CaseIdInput } from '../domain/case/case.schema';
import { CorrectionRules } from '../domain/case/correction-rules';

/** 更正与作废 over IPC: the four mutations, and what the case page needs to offer (or disable) them. */
const Right = z.object({ allowed: z.boolean(), reason: z.string().nullable() });

export const FactChangeView = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});

export const CorrectionsView = z.object({
  /** The 收件日期 as registered or last corrected (the case row shows the date a completed 补正 moved to). */
  receiptDate: z.string(),
  voided: z.boolean(),
  rights: z.object({ correctFacts: Right, voidCase: Right, restoreCase: Right, voidEvent: Right }),
});
export type CorrectionsView = z.infer<typeof CorrectionsView>;

export const CorrectionsContract = {
  'cases:corrections': { input: CaseIdInput, output: CorrectionsView },
  'cases:correct': {
    // `seen` is main's to fill in: what this desktop held when the correction was made.
    input: CorrectCaseArgs.omit({ correctionEventId: true, receiptEventId: true, seen: true }),
    output: z.object({ eventId: z.string(), changes: z.array(FactChangeView) }),
  },
  'cases:void': { input: VoidCaseArgs.omit({ eventId: true }), output: z.object({ eventId: z.string() }) },
  'cases:restore': {
    input: RestoreCaseArgs.omit({ eventId: true }),
    output: z.object({ eventId: z.string() }),
  },
  /** Who may correct what: the committee's rule (or the defaults), and its change by a director or admin. */
  'correctionRules:get': {
    input: z.object({}).strict(),
    output: z.object({ rules: CorrectionRules, custom: z.boolean() }),
  },
  'correctionRules:set': {
    // null goes back to the defaults (A角 and 主任; 恢复 only 主任).
    input: z.object({ rules: CorrectionRules.nullable() }).strict(),
    output: z.object({ saved: z.boolean() }),
  },
  'cases:voidEvent': {
    input: VoidEventArgs.omit({ voidEventId: true }),
    output: z.object({ eventId: z.string(), status: z.string() }),
  },
} as const;
