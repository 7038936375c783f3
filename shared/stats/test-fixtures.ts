import type { StatsRecordInput } from './record';

/** A plain arbitration case with one worker applicant; tests override what they are about. */
export const rec = (id: string, over: Partial<StatsRecordInput> = {}): StatsRecordInput => ({
  id,
  caseNo: `案${id}`,
  kind: 'arbitration',
  receivedDate: over.acceptedDate ?? over.receivedDate ?? '2026-01-01',
  isCollective: false,
  workerCount: 1,
  workerApplicant: true,
  reasons: ['劳动报酬'],
  claimedFen: 100000,
  officeId: 'office-1',
  officeName: '示例仲裁委',
  ...over,
});
