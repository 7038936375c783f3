/** How a case ended (结案方式), kept per case so every official rate can be reproduced (reference §6). */
export const CASE_OUTCOMES = [
  { code: 'med_agreement', label: '达成调解协议', kind: 'mediation' },
  { code: 'med_failed', label: '调解不成', kind: 'mediation' },
  { code: 'med_withdrawn', label: '撤回调解申请', kind: 'mediation' },
  { code: 'med_not_accepted', label: '不予受理（调解）', kind: 'mediation' },
  { code: 'arb_mediated', label: '仲裁调解结案', kind: 'arbitration' },
  { code: 'arb_awarded', label: '仲裁裁决结案', kind: 'arbitration' },
  { code: 'arb_withdrawn', label: '撤回仲裁申请', kind: 'arbitration' },
  { code: 'arb_deemed_withdrawn', label: '视为撤回', kind: 'arbitration' },
  { code: 'arb_not_accepted', label: '不予受理', kind: 'arbitration' },
  { code: 'arb_referred', label: '告知向有管辖权的仲裁委申请', kind: 'arbitration' },
  { code: 'arb_terminated', label: '终止审理', kind: 'arbitration' },
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]['code'];
export const CASE_OUTCOME_CODES = CASE_OUTCOMES.map((o) => o.code) as [CaseOutcome, ...CaseOutcome[]];
export const caseOutcomeLabel = (code: string): string =>
  CASE_OUTCOMES.find((o) => o.code === code)?.label ?? code;
