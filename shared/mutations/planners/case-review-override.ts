import { AppFailure } from '../../result';
import { REVIEW_OVERRIDE_EVENT, type ReviewOverrideArgs } from '../../review/review-override';
import { appendEvent, loadCase } from '../plan/case-log';
import { reviewLoadedCase } from '../plan/case-review';
import { refuseFutureDate } from '../plan/not-future';
import type { MutationPlanner } from '../plan/planner';
import { prepared } from '../plan/prepared';

export type ReviewOverrideResult = { eventId: string };

const issue = (path: string, label: string, message: string) =>
  new AppFailure('VALIDATION', message, { issues: [{ path, label, message }] });

/**
 * 主任批准放行: a director lets a closed case be archived although 案件评查 items fail, with a reason. Only a
 * director (checked here, so the server's re-plan refuses anyone else too), only on a closed case not yet
 * archived, and only for items that fail now — the event then records what was let through and why (audited).
 */
export const planReviewOverride: MutationPlanner<'case.reviewOverride', ReviewOverrideResult> = {
  caseOf: (args) => args.caseId,
  plan(args: ReviewOverrideArgs, ctx) {
    if (!ctx.actor.roles.includes('director'))
      throw new AppFailure('FORBIDDEN', '只有主任可以批准评查未通过的案件归档（主任批准放行）');
    const eventId = prepared(args.eventId, '办案记录的标识');
    refuseFutureDate(ctx, args.occurredOn, { path: 'occurredOn', label: '批准日期' });
    const loaded = loadCase(ctx.store, args.caseId);
    if (loaded.state.status !== 'closed')
      throw new AppFailure(
        'CONFLICT',
        loaded.state.status === 'archived'
          ? '案件已归档，无需放行'
          : '案件尚未结案，评查放行须在结案后、归档前办理',
      );
    const { items } = reviewLoadedCase(ctx, loaded);
    const passing = items.filter((i) => i.passed && args.items.includes(i.id));
    if (passing.length > 0)
      throw issue(
        'items',
        '放行项目',
        `${passing.map((i) => `“${i.label}”`).join('、')}已通过评查，无需放行`,
      );
    const letThrough = items.filter((i) => args.items.includes(i.id));
    const payload = {
      items: args.items,
      reason: args.reason,
      failures: letThrough.map((i) => ({ id: i.id, reason: i.reason })),
    };
    appendEvent(ctx, {
      id: eventId,
      caseId: args.caseId,
      officeId: loaded.row.officeId,
      type: REVIEW_OVERRIDE_EVENT,
      occurredOn: args.occurredOn,
      payload,
    });
    return {
      result: { eventId },
      audit: {
        entity: 'case',
        entityId: args.caseId,
        caseId: args.caseId,
        officeId: loaded.row.officeId,
        before: { review: items.map((i) => ({ id: i.id, passed: i.passed })) },
        after: { action: REVIEW_OVERRIDE_EVENT, label: '主任批准放行', ...payload },
      },
    };
  },
};
