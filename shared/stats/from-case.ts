// How a stored case's facts map onto a statistics record's fields where the app does not record the figure
// itself: the official reason rows (each 案由 names its row in reference-data) and the 处理结果 of an award.

import { DISPUTE_REASONS } from '../domain/reference-data';
import type { StatReason, StatResult } from './record';

const GROUP = new Map<string, StatReason>(DISPUTE_REASONS.map((r) => [r.code, r.statGroup]));

/** The case's 案由 as official rows, in the case's order (the first is its principal reason); unknown → 其他. */
export function statReasonsOf(reasonCodes: readonly string[]): StatReason[] {
  return reasonCodes.map((c) => GROUP.get(c) ?? '其他');
}

/**
 * 处理结果 of an award, derived from its items because the app records no separate verdict: every item dismissed
 * → the applicant lost; none dismissed → the applicant won; otherwise 双方部分胜诉. Who won then depends on
 * whether the worker applied. Null when the award has no items (awards recorded before items existed).
 */
export function awardResultOf(
  items: readonly { readonly dismissed: boolean }[],
  workerApplicant: boolean,
): StatResult | null {
  if (items.length === 0) return null;
  const dismissed = items.filter((i) => i.dismissed).length;
  if (dismissed !== 0 && dismissed !== items.length) return 'partial';
  const applicantWon = dismissed === 0;
  return applicantWon === workerApplicant ? 'worker' : 'employer';
}
