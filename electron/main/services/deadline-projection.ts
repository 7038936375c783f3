import type { Calendar } from '../../../shared/calendar';
import { computeDeadlines, loadRuleSet, type Deadline, type DeadlineRule } from '../../../shared/deadlines';
import type { FoldableEvent } from '../../../shared/procedure/machine';
import defaultRules from '../../../resources/deadline-rules/default.json';
import type { CaseRow } from '../db/repositories/case.repo';
import type { ProjectedDeadline } from '../db/repositories/deadline.repo';
import type { SettingsRepo } from '../db/repositories/settings.repo';

/**
 * A case's deadlines as the projection keeps them, from its kind and log. One module for the app's thread
 * and the recompute's worker threads (deadline-worker.ts), so both compute with the same rules the same way.
 */

/** What every case of one recompute is computed with: taken once, not per case. */
export type ProjectionContext = {
  rules: readonly DeadlineRule[];
  calendar: Calendar;
  today: string;
  /** Build the explanation text now (one case's view); the projection keeps only its basis. */
  explain: boolean;
};

/** The rules in force: the committee's own set (setting `deadline.rules`) or the shipped defaults. */
export function rulesInForce(settings: SettingsRepo): DeadlineRule[] {
  const custom = settings.get('deadline.rules');
  if (custom !== undefined && custom !== null) {
    const r = loadRuleSet(custom);
    if (r.ok) return r.rules;
  }
  const r = loadRuleSet(defaultRules);
  if (!r.ok) throw new Error(`resources/deadline-rules/default.json is invalid: ${JSON.stringify(r.issues)}`);
  return r.rules;
}

/** The view of a computed deadline, with the basis its explanation was built from (what the projection keeps). */
export function toProjected(d: Deadline): ProjectedDeadline {
  return {
    ruleId: d.ruleId,
    label: d.label,
    responsible: d.responsible,
    unit: d.unit,
    informational: d.informational,
    startDate: d.startDate ?? null,
    dueDate: d.dueDate ?? null,
    status: d.status,
    // A missed duty never completed: the column then holds the day it stopped being needed (see DeadlineView).
    completedOn: d.completedOn ?? (d.status === 'missed' ? d.cancelledOn : undefined) ?? null,
    daysLeft: d.daysLeft ?? null,
    explanation: d.explanation,
    citation: d.citation,
    gap: d.gap?.message ?? null,
    basis: d.explanationBasis,
  };
}

/** An open case's kind as projectCases takes it: one frozen object per kind, not one per case. */
const OPEN = new Map<CaseRow['kind'], { kind: CaseRow['kind']; voided: boolean }>();

/**
 * The kinds of open cases as projectCases takes them, from the kinds the open-case scan read with their ids (in
 * the same order): open cases are not voided, so neither a worker thread nor the app's thread reads the case
 * rows again. A case changed since the scan is refreshed by its mutation and computed again at the end of the
 * recompute (deadline-service.ts). A short list is a bug: it throws, and a worker sends the chunk home.
 */
export function openCaseKinds(
  ids: readonly string[],
  kinds: readonly CaseRow['kind'][],
): Map<string, { kind: CaseRow['kind']; voided: boolean }> {
  const out = new Map<string, { kind: CaseRow['kind']; voided: boolean }>();
  ids.forEach((id, i) => {
    const kind = kinds[i];
    if (kind === undefined) throw new Error('deadline recompute: a case without its kind');
    let c = OPEN.get(kind);
    if (c === undefined) OPEN.set(kind, (c = Object.freeze({ kind, voided: false })));
    out.set(id, c);
  });
  return out;
}

/** Each named case's projection, from the kinds and logs read for them (a case absent from `kinds` has none). */
export function projectCases(
  caseIds: readonly string[],
  kinds: ReadonlyMap<string, { kind: CaseRow['kind']; voided: boolean }>,
  logs: ReadonlyMap<string, FoldableEvent[]>,
  ctx: ProjectionContext,
): Map<string, ProjectedDeadline[]> {
  const out = new Map<string, ProjectedDeadline[]>();
  for (const id of caseIds) {
    const c = kinds.get(id);
    // A voided case has no deadlines: it leaves 期限待办, reminders and escalation until it is restored.
    out.set(
      id,
      c === undefined || c.voided
        ? []
        : computeDeadlines({ kind: c.kind, events: logs.get(id) ?? [], ...ctx }).map(toProjected),
    );
  }
  return out;
}
