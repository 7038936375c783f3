// The stored case → the statistics record. What the app does not record as such is derived here and said so:
// 处理结果 from the award's dismissed items, 劳动者当事人数 from the worker parties (or the registered count of a
// collective case, whichever is larger), the 审限's last day from the deadline projection.

import { CASE_OUTCOME_CODES, type CaseOutcome } from '../../../shared/procedure/outcomes';
import { readAward } from '../../../shared/procedure/award-parts';
import { awardResultOf, statReasonsOf, type StatsRecordInput } from '../../../shared/stats';
import type { StatsCaseRow } from '../db/repositories/stats.repo';

const OUTCOMES: ReadonlySet<string> = new Set(CASE_OUTCOME_CODES);

export function statsRecordOf(row: StatsCaseRow): StatsRecordInput {
  const award =
    row.outcome === 'arb_awarded' && row.awardPayload !== null ? readAward(row.awardPayload) : null;
  const items = award?.items ?? null;
  return {
    id: row.id,
    caseNo: row.caseNo,
    kind: row.kind,
    receivedDate: row.receivedDate,
    acceptedDate: row.acceptedDate,
    // A closed date without an outcome (an imported case) still closes the case in the table.
    closedDate: row.closedDate,
    outcome: row.outcome !== null && OUTCOMES.has(row.outcome) ? (row.outcome as CaseOutcome) : null,
    finality: award?.outcome ?? null,
    isCollective: row.isCollective,
    workerCount: Math.max(row.workerCount ?? 0, row.workerParties),
    workerApplicant: row.workerApplicant,
    reasons: statReasonsOf(row.reasons),
    claimedFen: row.claimedFen,
    awardedFen:
      items === null ? null : items.reduce((sum, i) => sum + (i.dismissed ? 0 : (i.amountFen ?? 0)), 0),
    result: items === null ? null : awardResultOf(items, row.workerApplicant),
    deadlineLastDay: row.kind === 'arbitration' ? row.awardLimitDue : null,
    handlerId: row.handlerId,
    handlerName: row.handlerName,
    officeId: row.officeId,
    officeName: row.officeName,
    reviewPassed: row.reviewPassed,
  };
}
