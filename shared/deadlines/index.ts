/**
 * Deadline engine (issue 3, items 5 and 6): rules as data (`resources/deadline-rules/default.json`, validated
 * by `DeadlineRule`), applied to a case's event log with an injected working-day calendar (reference §1.7, §2).
 *
 *   loadRuleSet(json)                                            → { ok, rules } | { ok: false, issues }
 *   computeDeadlines({ kind, events, rules, calendar, today })   → Deadline[]
 *
 * Units, roll-forward and start events follow the product decisions at the top of the reference; every
 * [M] choice is a field of the rule data, not a constant here.
 */
export { computeDeadlines } from './compute';
export type { ComputeDeadlinesInput } from './compute';
export type { LogEvent } from './case-log';
export type { Deadline, DeadlineStatus } from './deadline';
export { DEADLINE_PROJECTION_VERSION } from './deadline';
export { explainDeadline } from './explain';
export { START_LABELS, startLabel } from './explain-labels';
export { explanationBasis, ruleTerms } from './explanation-basis';
export type { ExplanationBasis, RuleTerms } from './explanation-basis';
export { deadlineReach, officeSubtree } from './list-reach';
export type { DeadlineReach } from './list-reach';
export { loadRuleSet } from './load-rule-set';
export { payloadTypesOf } from './payload-types';
export type { LoadRuleSetResult, RuleSetIssue } from './load-rule-set';
export {
  DeadlineRule,
  DeadlineRuleSet,
  EventRef,
  ExcludedInterval,
  PayloadWhere,
  RESPONSIBLE,
  RULE_UNITS,
} from './rule.schema';
export type { DeadlineRuleInput, Responsible, RuleUnit } from './rule.schema';
