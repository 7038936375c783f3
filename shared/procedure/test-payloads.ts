import type { ProcedureState } from './procedure-state';
import { awardPayloadFrom } from './award-test';
import { shiftDays } from '../util/day-number';

/**
 * A one-item award tested against the shipped sample minimum wage (resources/regional-params/sample.json:
 * 示例市（一类地区）2,490.00 元 from 2025-01-01), so the core's re-run of the 终局 test agrees.
 */
export const SAMPLE_MIN_WAGE = {
  amountFen: 249000,
  region: '示例市（一类地区）',
  effectiveFrom: '2025-01-01',
};
export const sampleAwardPayload = (): Record<string, unknown> => ({
  ...awardPayloadFrom(
    [
      {
        claimId: null,
        kind: 'labor_remuneration',
        label: '劳动报酬',
        amountFen: 1000000,
        dismissed: false,
        text: '被申请人于本裁决生效之日起十日内支付申请人劳动报酬10,000.00元',
      },
    ],
    SAMPLE_MIN_WAGE,
    '支持申请人的请求',
  ),
  confirmed: true,
});

/**
 * A valid payload for each action, for tests and demo walks through the procedure. Kept beside the engine so a
 * new action without a sample fails the path tests at once.
 */
export function samplePayload(
  actionId: string,
  s: ProcedureState,
  on: string,
): Record<string, unknown> | null {
  const later = (days: number) => shiftDays(on, days);
  switch (actionId) {
    case 'med.accept':
    case 'med.withdrawn':
    case 'med.performed':
    case 'med.paymentOrder':
    case 'med.jointReview':
    case 'arb.correctionCompleted':
    case 'arb.defenceFiled':
    case 'arb.resumed':
      return { note: '' };
    case 'med.notAccepted':
    case 'med.failed':
    case 'arb.notAccepted':
    case 'arb.convertToGeneral':
    case 'arb.postponementRequested':
    case 'arb.withdrawn':
    case 'arb.deemedWithdrawn':
    case 'arb.terminated':
      return { reasons: '依法办理' };
    case 'med.session':
      return { summary: '双方陈述意见' };
    case 'med.agreement':
    case 'arb.mediated':
      return { terms: '被申请人支付申请人工资 10,000.00 元' };
    case 'med.transferred':
      return { arbitrationCaseId: 'arb-case-1' };
    case 'arb.requestCorrection':
      return { items: '补充劳动合同复印件' };
    case 'arb.accept':
      return { simple: false };
    case 'arb.referred':
      return { competentCommittee: '某区劳动人事争议仲裁委员会' };
    case 'arb.electRepresentatives':
      return { names: ['甲', '乙', '丙'] };
    case 'arb.counterclaimFiled':
      return { claims: '申请人返还借款' };
    case 'arb.counterclaimDecided':
      return { merged: true };
    case 'arb.composeTribunal':
      return s.isSimple
        ? { mode: 'sole', presidingId: 'arb-1', memberIds: [] }
        : { mode: 'panel', presidingId: 'arb-1', memberIds: ['arb-2', 'arb-3'] };
    case 'arb.recusalRequested':
      return { arbitratorId: 'arb-2', grounds: '系对方当事人近亲属' };
    case 'arb.recusalDecided':
      return { granted: false, reasons: '理由不成立' };
    case 'arb.evidencePeriod':
      return { until: later(15) };
    case 'arb.claimsAmended':
      return { claims: '增加加班费请求' };
    case 'arb.partyAdded':
      return { name: '某劳务派遣公司', role: 'respondent' };
    case 'arb.hearingScheduled':
      return { hearingDate: later(14), time: '09:30', place: '第一仲裁庭' };
    case 'arb.hearingPostponed':
      return { hearingDate: later(28), time: '14:30', place: '第一仲裁庭', reasons: '当事人申请' };
    case 'arb.hearingHeld':
      return { attendance: '双方到庭' };
    case 'arb.awarded':
      return sampleAwardPayload();
    case 'arb.partialAward':
      return sampleAwardPayload();
    case 'arb.provisionalExecution':
      return { items: '工资' };
    case 'arb.suspended':
      return { reason: '一方当事人因不可抗拒的事由，不能参加仲裁', approvedBy: '王主任' };
    case 'arb.extended':
      return {
        days: 15 - s.extensionDays > 0 ? Math.min(10, 15 - s.extensionDays) : 1,
        approvedBy: '王主任',
        reasons: '案情复杂',
      };
    case 'case.archived':
      return { volumeNo: '2026-001' };
    case 'service.record':
      return null;
    default:
      return null;
  }
}
