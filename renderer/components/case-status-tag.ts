import { caseStatusLabel, type CaseStatus } from '../../shared/domain/case/case-status';

/** One colour per case status, so the list, the case page and the procedure header tag a status alike. */
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
