/**
 * Case statuses known to the foundation. The procedure engine (reference §1) refines the transitions;
 * a newly registered case starts at `received` (收件/登记).
 */
export const CASE_STATUSES = [
  { code: 'received', label: '已收件' },
  { code: 'accepted', label: '已受理' },
  { code: 'in_progress', label: '审理中' },
  { code: 'suspended', label: '中止' },
  { code: 'closed', label: '已结案' },
  { code: 'archived', label: '已归档' },
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number]['code'];
export const CASE_STATUS_CODES = CASE_STATUSES.map((s) => s.code) as [CaseStatus, ...CaseStatus[]];
export const caseStatusLabel = (code: string): string =>
  CASE_STATUSES.find((s) => s.code === code)?.label ?? code;
