import { textOf } from '../../review/text-of';
import { computeDeadlines } from '../../deadlines';
import { reviewCase, type ReviewItem } from '../../review/case-review';
import { reviewOverrides, type ReviewOverride } from '../../review/review-override';
import { foldable, type LoadedCase } from './case-log';
import type { PlanCtx } from './planner';
import { calendarIn, deadlineRulesIn } from './rules-in-force';

export type CaseReview = { items: ReviewItem[]; overrides: ReviewOverride[] };

/**
 * 案件评查 of one case over the row port: the same reads on the desktop (SQLite), on the server (its re-plan
 * snapshot) and for the case page, so 归档 is refused — or let through — alike everywhere. Deadlines are counted
 * from the log with the rules and calendar in force, as 指定A角/B角 does.
 */
export function reviewLoadedCase(
  ctx: Pick<PlanCtx, 'store' | 'today' | 'reference'>,
  c: LoadedCase,
): CaseReview {
  const reference = ctx.reference?.();
  if (reference === undefined) throw new Error('案件评查 needs the shipped reference data');
  const caseId = c.row.id;
  const events = c.events.map((e) => ({ ...foldable(e), actorId: e.actorId }));
  const deadlines = computeDeadlines({
    kind: c.row.kind as 'mediation' | 'arbitration',
    events,
    rules: deadlineRulesIn(ctx.store, reference),
    calendar: calendarIn(ctx.store),
    today: ctx.today,
  });
  const findings = ctx.store
    .list('elementSheet', { caseId, side: 'findings' })
    .flatMap((s) => (Array.isArray(s.data) ? (s.data as unknown[]) : []))
    .flatMap((f) => {
      if (typeof f !== 'object' || f === null) return [];
      const r = f as Record<string, unknown>;
      const evidence = Array.isArray(r['evidence']) ? r['evidence'].map(String) : [];
      return [{ key: textOf(r['key']), reason: textOf(r['reason']), evidence }];
    });
  const items = reviewCase({
    state: c.state,
    events,
    documents: ctx.store
      .list('document', { caseId })
      .map((d) => ({ templateId: d.templateId, options: d.options })),
    handlerId: c.row.handlerId,
    clerkId: c.row.clerkId,
    deadlines,
    findings,
  });
  return { items, overrides: reviewOverrides(events) };
}
