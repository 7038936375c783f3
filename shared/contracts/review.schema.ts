import { z } from 'zod';
import { CaseIdInput } from '../domain/case/case.schema';
import { REVIEW_ITEM_IDS } from '../review/case-review';
import { ReviewOverrideArgs } from '../review/review-override';

/** 案件评查 over IPC: the checklist of one case for the case page, and 主任批准放行. */
export const ReviewItemView = z.object({
  id: z.enum(REVIEW_ITEM_IDS),
  label: z.string(),
  passed: z.boolean(),
  reason: z.string(),
  /** A director let this failing item through (its archive is no longer held by it). */
  overridden: z.boolean(),
});

export const CaseReviewView = z.object({
  /** Whether the case is closed or archived: before that the list is a preview, not a verdict. */
  closed: z.boolean(),
  archived: z.boolean(),
  items: z.array(ReviewItemView),
  /** The items that hold 归档 back now (failing, not let through). */
  blocking: z.array(z.enum(REVIEW_ITEM_IDS)),
  overrides: z.array(
    z.object({
      items: z.array(z.string()),
      reason: z.string(),
      on: z.string(),
      byName: z.string().nullable(),
    }),
  ),
  /** 评查合格 as the statistics count it: null until the case is archived (see shared/review/review-override.ts). */
  reviewPassed: z.boolean().nullable(),
  /** Whether this person may 主任批准放行 now, and why not. */
  canOverride: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
});
export type CaseReviewView = z.infer<typeof CaseReviewView>;

export const ReviewContract = {
  'cases:review': { input: CaseIdInput, output: CaseReviewView },
  'cases:reviewOverride': {
    input: ReviewOverrideArgs.omit({ eventId: true }),
    output: z.object({ eventId: z.string() }),
  },
} as const;
