/**
 * Code lists shared by forms, search filters, statistics and documents.
 * 案由 codes map onto the official statistics table's 按争议原因分 (reference §6) through `statGroup`.
 */
export const DISPUTE_REASONS = [
  { code: 'wage_arrears', label: '追索劳动报酬', statGroup: '劳动报酬' },
  { code: 'overtime', label: '加班费', statGroup: '劳动报酬' },
  { code: 'double_wages', label: '未签书面劳动合同二倍工资', statGroup: '劳动报酬' },
  { code: 'unlawful_termination', label: '违法解除劳动合同赔偿金', statGroup: '解除劳动合同' },
  { code: 'economic_compensation', label: '经济补偿', statGroup: '解除劳动合同' },
  { code: 'forced_resignation', label: '被迫解除劳动合同经济补偿', statGroup: '解除劳动合同' },
  { code: 'annual_leave', label: '未休年休假工资', statGroup: '劳动报酬' },
  { code: 'confirm_relationship', label: '确认劳动关系', statGroup: '其他' },
  { code: 'work_injury', label: '工伤保险待遇', statGroup: '社会保险' },
  { code: 'social_insurance', label: '社会保险', statGroup: '社会保险' },
  { code: 'non_compete', label: '竞业限制补偿', statGroup: '其他' },
  { code: 'contract_change', label: '变更劳动合同', statGroup: '变更劳动合同' },
  { code: 'contract_termination', label: '终止劳动合同', statGroup: '终止劳动合同' },
  { code: 'other', label: '其他', statGroup: '其他' },
] as const;

export type DisputeReason = (typeof DISPUTE_REASONS)[number]['code'];
export const DISPUTE_REASON_CODES = DISPUTE_REASONS.map((r) => r.code) as [DisputeReason, ...DisputeReason[]];
export const disputeReasonLabel = (code: string): string =>
  DISPUTE_REASONS.find((r) => r.code === code)?.label ?? code;

export const CASE_KINDS = [
  { code: 'mediation', label: '调解' },
  { code: 'arbitration', label: '仲裁' },
] as const;
export type CaseKind = (typeof CASE_KINDS)[number]['code'];
export const caseKindLabel = (code: string): string => CASE_KINDS.find((k) => k.code === code)?.label ?? code;

export const PARTY_ROLES = [
  { code: 'applicant', label: '申请人' },
  { code: 'respondent', label: '被申请人' },
  { code: 'third_party', label: '第三人' },
  { code: 'agent', label: '代理人' },
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number]['code'];
export const partyRoleLabel = (code: string): string =>
  PARTY_ROLES.find((r) => r.code === code)?.label ?? code;

export const AGENT_TYPES = [
  { code: 'lawyer', label: '律师' },
  { code: 'relative', label: '近亲属' },
  { code: 'union', label: '工会' },
  { code: 'other', label: '其他' },
] as const;

export const AGENT_AUTHORITIES = [
  { code: 'general', label: '一般授权' },
  { code: 'special', label: '特别授权' },
] as const;

export const STAFF_ROLES = [
  { code: 'arbitrator', label: '仲裁员' },
  { code: 'mediator', label: '调解员' },
  { code: 'clerk', label: '书记员' },
  { code: 'director', label: '主任' },
  { code: 'admin', label: '系统管理员' },
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number]['code'];
export const STAFF_ROLE_CODES = STAFF_ROLES.map((r) => r.code) as [StaffRole, ...StaffRole[]];
export const staffRoleLabel = (code: string): string =>
  STAFF_ROLES.find((r) => r.code === code)?.label ?? code;

export const OFFICE_KINDS = [
  { code: 'committee', label: '仲裁委员会' },
  { code: 'station', label: '调解组织' },
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number]['code'];
