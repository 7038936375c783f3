import type { RegisterCaseInput } from '../../shared/domain/case/case.schema';

/** A valid registration, overridable field by field. */
export function aCase(officeId: string, over: Partial<RegisterCaseInput> = {}): RegisterCaseInput {
  return {
    kind: 'arbitration',
    officeId,
    receivedDate: '2026-11-20',
    reasons: ['overtime'],
    isCollective: false,
    isMigrantWage: false,
    summary: '申请人长期加班，被申请人未支付加班费。',
    parties: [
      { kind: 'worker', role: 'applicant', name: '张三', idNumber: '11010519491231002X' },
      {
        kind: 'employer',
        role: 'respondent',
        name: '福州市某某科技有限公司',
        creditCode: '91350100M000100Y43',
      },
    ],
    claims: [{ type: 'overtime', description: '支付加班费', amountFen: 1_234_500 }],
    ...over,
  };
}
