import type { CaseSummary } from '../../../shared/domain/case/case.schema';
import { caseStatusLabel, type CaseStatus } from '../../../shared/domain/case/case-status';
import { disputeReasonLabel } from '../../../shared/domain/reference-data';

/** The number people use for a case: the official 案号 once accepted, else the provisional 收件编号. */
export const caseNumber = (c: Pick<CaseSummary, 'officialNo' | 'provisionalNo'>): string =>
  c.officialNo ?? c.provisionalNo;

export const reasonsText = (codes: readonly string[]): string => codes.map(disputeReasonLabel).join('、');

const STATUS_COLOR: Record<CaseStatus, string> = {
  received: 'blue',
  accepted: 'cyan',
  in_progress: 'geekblue',
  suspended: 'orange',
  closed: 'green',
  archived: 'default',
};

export const statusTag = (status: CaseStatus): { color: string; label: string } => ({
  color: STATUS_COLOR[status],
  label: caseStatusLabel(status),
});
