import { AppFailure } from '../../result';
import { blockingItems, reviewRecord, type ReviewRecord } from '../../review/review-override';
import type { LoadedCase } from '../plan/case-log';
import { reviewLoadedCase } from '../plan/case-review';
import type { PlanCtx } from '../plan/planner';

/**
 * 归档 is refused while a 案件评查 item fails and no director has let it through (主任批准放行). The refusal is
 * here, in the planner, so the server's re-plan of a pushed 归档 refuses it too. The details name each item so
 * the case page can show what blocks the archive.
 */
export function archiveReview(ctx: PlanCtx, c: LoadedCase): ReviewRecord {
  const { items, overrides } = reviewLoadedCase(ctx, c);
  const blocking = blockingItems(items, overrides);
  if (blocking.length > 0)
    throw new AppFailure(
      'CONFLICT',
      `案件评查未通过，不能归档：${blocking.map((i) => `${i.label}（${i.reason}）`).join('；')}。请补正后再归档，或由主任批准放行`,
      { reviewBlocking: blocking.map((i) => ({ id: i.id, label: i.label, reason: i.reason })) },
    );
  return reviewRecord(items, overrides);
}
