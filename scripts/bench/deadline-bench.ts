import type { AppCore } from '../../electron/main/app-core';
import { measurePair, type RunPlan, type Stats } from './timing';

type Period = { start: string; count: number; unit: string; roll: boolean };

/**
 * Recomputing every open case's deadlines (after a rules or calendar change): the app reads each case's log,
 * folds it, applies every rule (restarts, exclusions, extensions, explanations) and rewrites the projection in
 * one transaction. The floor does only the date arithmetic of the same periods in a plain loop — the due dates
 * the app produced, recomputed from their start dates with the same calendar calls.
 */
export function benchDeadlines(
  core: AppCore,
  plan: RunPlan,
): { app: Stats; floor: Stats; cases: number; periods: number } {
  const { services, db } = core;
  services.deadlines.recomputeAll();
  const rules = new Map(
    (
      services.deadlines.rulesForEditing().rules as {
        id: string;
        count: number;
        unit: string;
        rollForward: boolean;
      }[]
    ).map((r) => [r.id, r]),
  );
  const periods: Period[] = (
    db
      .prepare('SELECT rule_id, start_date FROM case_deadlines WHERE start_date IS NOT NULL AND gap IS NULL')
      .all() as { rule_id: string; start_date: string }[]
  ).flatMap((r) => {
    const rule = rules.get(r.rule_id);
    return rule ? [{ start: r.start_date, count: rule.count, unit: rule.unit, roll: rule.rollForward }] : [];
  });
  const cal = services.calendar.current();
  const cases = services.repos.caseQuery.openCaseIds().length;
  const sink: string[] = [];
  const result = measurePair(
    plan,
    () => () => void services.deadlines.recomputeAll(),
    () => () => {
      sink.length = 0;
      for (const p of periods) {
        if (p.unit === 'workday') sink.push(cal.addWorkdays(p.start, p.count));
        else if (p.unit === 'month') sink.push(cal.addMonths(p.start, p.count, { rollForward: p.roll }));
        else if (p.unit === 'year') sink.push(cal.addYears(p.start, p.count, { rollForward: p.roll }));
        else sink.push(cal.addNaturalDays(p.start, p.count, { rollForward: p.roll }));
      }
    },
  );
  return { ...result, cases, periods: periods.length };
}
