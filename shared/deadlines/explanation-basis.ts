import { actionById } from '../procedure/machine';
import type { DeadlineStatus } from './deadline-status';
import type { DueResult, ExcludedPart } from './due-date';
import { startLabel } from './explain-labels';
import type { RuleTimeline } from './rule-timeline';
import type { DeadlineRule } from './rule.schema';

/**
 * The rule's part of a deadline: what every case under one version of one rule shares. The desktop stores each
 * distinct version once (issue 12 item 5), so a case's rows keep the wording of the rule they were computed
 * under even after the committee edits its rules.
 */
export type RuleTerms = Pick<
  DeadlineRule,
  'label' | 'responsible' | 'unit' | 'informational' | 'citation' | 'direction' | 'count' | 'beforeReading'
>;

/**
 * Everything the one-line explanation (explain.ts) is built from, and nothing else: the explanation is a pure
 * function of this, so a stored deadline keeps these facts and builds its text when it is read, instead of
 * storing the text (the same citation and phrasing on every row of every case).
 */
export type ExplanationBasis = {
  terms: RuleTerms;
  /** How the start date is named ("受理日"), resolved when computed. */
  startLabel: string;
  startDate: string;
  raw: string | null;
  due: string | null;
  lenient?: string;
  strict?: string;
  parts: ExcludedPart[];
  extensionDays: number;
  rolled: boolean;
  offNotRolled: boolean;
  gap?: { year: number; message: string };
  status: DeadlineStatus;
  timelinessUnknown: boolean;
  pausedSince?: string;
  /** The day the act was done (the completion the rule counts), if it was. */
  completedOn?: string;
  /** The case ended another way: that day and the action's name ("准予撤回仲裁申请"). */
  cancellation?: { date: string; action: string };
};

const termsOfRule = new WeakMap<DeadlineRule, RuleTerms>();
export const ruleTerms = (rule: DeadlineRule): RuleTerms => {
  // One object per rule object: every deadline of a recompute under the same rule shares it (and the
  // projection can find its stored terms by identity). Frozen, since it is shared.
  let terms = termsOfRule.get(rule);
  if (terms === undefined) {
    terms = Object.freeze({
      label: rule.label,
      responsible: rule.responsible,
      unit: rule.unit,
      informational: rule.informational,
      citation: rule.citation,
      direction: rule.direction,
      count: rule.count,
      beforeReading: rule.beforeReading,
    });
    termsOfRule.set(rule, terms);
  }
  return terms;
};

type BasisInput = {
  rule: DeadlineRule;
  timeline: RuleTimeline;
  due: DueResult;
  status: DeadlineStatus;
  timelinessUnknown: boolean;
  pausedSince: string | undefined;
};

export function explanationBasis({
  rule,
  timeline,
  due,
  status,
  timelinessUnknown,
  pausedSince,
}: BasisInput): ExplanationBasis {
  const b: ExplanationBasis = {
    terms: ruleTerms(rule),
    startLabel: startLabel(timeline.start.ref, timeline.start.type),
    startDate: timeline.start.date,
    raw: due.raw,
    due: due.due,
    parts: due.parts.length === 0 ? [] : due.parts.map((p) => ({ ...p })),
    extensionDays: due.extensionDays,
    rolled: due.rolled,
    offNotRolled: due.offNotRolled,
    status,
    timelinessUnknown,
  };
  if (due.lenient !== undefined) b.lenient = due.lenient;
  if (due.strict !== undefined) b.strict = due.strict;
  if (due.gap !== undefined) b.gap = { year: due.gap.year, message: due.gap.message };
  if (pausedSince !== undefined) b.pausedSince = pausedSince;
  if (timeline.completion !== null) b.completedOn = timeline.completion.date;
  const c = timeline.cancellation;
  if (c !== null) b.cancellation = { date: c.date, action: actionById(c.type)?.label ?? c.type };
  return b;
}
