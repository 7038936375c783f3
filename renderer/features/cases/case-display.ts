import type { CaseSummary } from '../../../shared/domain/case/case.schema';
import { disputeReasonLabel } from '../../../shared/domain/reference-data';

/** The number people use for a case: the official 案号 once accepted, else the provisional 收件编号. */
export const caseNumber = (c: Pick<CaseSummary, 'officialNo' | 'provisionalNo'>): string =>
  c.officialNo ?? c.provisionalNo;

export const reasonsText = (codes: readonly string[]): string => codes.map(disputeReasonLabel).join('、');
