import type { CaseReviewView } from '../../../shared/contracts/review.schema';
import { foldable, loadCase } from '../../../shared/mutations/plan/case-log';
import { reviewLoadedCase } from '../../../shared/mutations/plan/case-review';
import { createPlanStore } from '../../../shared/mutations/plan/plan-store';
import { blockingItems, reviewPassedOf } from '../../../shared/review/review-override';
import type { ReviewOverrideArgs } from '../../../shared/review/review-override';
import { AppFailure, err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import type { Repos } from '../db/repositories';
import { PLAN_REFERENCE } from '../elements/templates-in-force';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

/**
 * 案件评查 for the case page: the same checklist the 归档 planner runs (shared/mutations/plan/case-review.ts), read
 * over the desktop's rows, with who let what through and whether this person may.
 */
export function createReviewService(repos: Repos, mutations: MutationRunner, now: () => number) {
  return {
    ofCase(caseId: string, actor: Actor): Result<CaseReviewView> {
      let review;
      let loaded;
      try {
        loaded = loadCase(createPlanStore(repos.rowReader), caseId);
        review = reviewLoadedCase(
          {
            store: createPlanStore(repos.rowReader),
            today: todayInChina(now()),
            reference: () => PLAN_REFERENCE,
          },
          loaded,
        );
      } catch (e) {
        if (e instanceof AppFailure) return err(e.code, e.message);
        throw e;
      }
      const { items, overrides } = review;
      const blocking = blockingItems(items, overrides).map((i) => i.id);
      const through = new Set(overrides.flatMap((o) => o.items));
      const status = loaded.state.status;
      const closed = status === 'closed' || status === 'archived';
      const director = actor.roles.includes('director');
      const canOverride = !director
        ? { allowed: false, reason: '只有主任可以批准放行' }
        : status !== 'closed'
          ? { allowed: false, reason: status === 'archived' ? '案件已归档' : '案件尚未结案' }
          : blocking.length === 0
            ? { allowed: false, reason: '评查各项均已通过或已放行' }
            : { allowed: true, reason: null };
      return ok({
        closed,
        archived: status === 'archived',
        items: items.map((i) => ({ ...i, overridden: !i.passed && through.has(i.id) })),
        blocking,
        overrides: overrides.map((o) => ({
          items: o.items,
          reason: o.reason,
          on: o.on,
          byName: o.by === null ? null : (repos.staff.get(o.by)?.name ?? null),
        })),
        reviewPassed: reviewPassedOf(loaded.events.map(foldable)),
        canOverride,
      });
    },
    override: (args: Omit<ReviewOverrideArgs, 'eventId'>, actor: Actor) =>
      mutations.run('case.reviewOverride', args, actor),
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
