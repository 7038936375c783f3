import { z } from 'zod';
import { Id, RequiredText } from '../../schema/primitives';

/**
 * 处理同步冲突 (issue 12 item 1): a person keeps the value committed first, takes the value held back, or — for
 * narrative text only — writes a merged text; always with a reason. The id of the timeline event it appends is
 * filled in by main, so the outbox args replay identically.
 */
const ResolveConflictFields = z.object({
  conflictId: Id,
  choice: z.enum(['kept', 'other', 'merged']),
  /** For `merged`: the merged text of each conflicting field. */
  merged: z.record(z.string().max(64), z.string().max(5000)).optional(),
  reason: RequiredText(500),
  eventId: Id.optional(),
});

const mergedOnlyWhenMerging = (
  a: { choice: 'kept' | 'other' | 'merged'; merged?: Record<string, string> | undefined },
  ctx: z.RefinementCtx,
): void => {
  if (a.choice === 'merged' && a.merged === undefined)
    ctx.addIssue({ code: 'custom', path: ['merged'], message: '合并时须填写合并后的内容' });
  if (a.choice !== 'merged' && a.merged !== undefined)
    ctx.addIssue({ code: 'custom', path: ['merged'], message: '只有选择“合并”时才能填写合并内容' });
};

export const ResolveConflictArgs = ResolveConflictFields.superRefine(mergedOnlyWhenMerging);
export type ResolveConflictArgs = z.output<typeof ResolveConflictArgs>;

/** What the screen sends: the args without the id main fills in. */
export const ResolveConflictInput = ResolveConflictFields.omit({ eventId: true })
  .strict()
  .superRefine(mergedOnlyWhenMerging);
export type ResolveConflictInput = z.input<typeof ResolveConflictInput>;
