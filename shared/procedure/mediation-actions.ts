import { z } from 'zod';
import { OptionalText, RequiredText } from '../schema/primitives';
import { defineAction, isOpen, WHY } from './action-types';
import { NoPayload, Note, Reasons } from './payloads';

/** Mediation at a 调解组织 (reference §1.2). */
const MED = ['mediator', 'director'] as const;
const kinds = ['mediation'] as const;

export const medAccept = defineAction({
  id: 'med.accept',
  label: '受理调解申请',
  kinds,
  roles: MED,
  // officialNo is a station's own mediation number, assigned by main at acceptance from the station's series
  // (issue 11 item 5); a committee's mediation cases keep their provisional number.
  payload: Note.extend({ officialNo: z.string().max(60).optional() }),
  guard: (s) => (s.status !== 'received' ? (isOpen(s) ? '调解申请已受理' : WHY.closed) : null),
  reduce: (s, e) => ({ ...s, status: 'accepted', acceptedOn: e.occurredOn }),
  deadlines: { stops: ['med.accept_review'] },
  // Article number and the three-working-day period are [M] in the reference (§1.2 M2: ≈第二十一条).
  citation: '《企业劳动争议协商调解规定》第二十一条（三个工作日内决定是否受理；条号未核对原文）',
});

export const medNotAccepted = defineAction({
  id: 'med.notAccepted',
  label: '不予受理调解申请',
  kinds,
  roles: MED,
  payload: Reasons,
  guard: (s) => (s.status !== 'received' ? '只有尚未受理的调解申请才能不予受理' : null),
  reduce: (s, e) => ({ ...s, status: 'closed', outcome: 'med_not_accepted', closedOn: e.occurredOn }),
  deadlines: { stops: ['med.accept_review', 'med.fifteen_days'] },
  // Same article as acceptance: not accepted → recorded and the applicant told in writing (reference §1.2 M2, [M]).
  citation: '《企业劳动争议协商调解规定》第二十一条（条号未核对原文）',
});

export const medSession = defineAction({
  id: 'med.session',
  label: '进行调解',
  kinds,
  roles: MED,
  payload: z.object({ summary: RequiredText(1000) }),
  guard: (s) => (!isOpen(s) ? WHY.closed : s.status === 'received' ? '调解申请尚未受理' : null),
  reduce: (s) => ({ ...s, mediationSessions: s.mediationSessions + 1 }),
});

export const medAgreement = defineAction({
  id: 'med.agreement',
  label: '达成调解协议（制作调解协议书）',
  kinds,
  roles: MED,
  payload: z.object({ terms: RequiredText(3000), performBy: OptionalText(10) }),
  guard: (s) => (!isOpen(s) ? WHY.closed : s.status === 'received' ? '调解申请尚未受理' : null),
  reduce: (s, e) => ({
    ...s,
    status: 'closed',
    outcome: 'med_agreement',
    agreementOn: e.occurredOn,
    closedOn: e.occurredOn,
  }),
  deadlines: { stops: ['med.fifteen_days'], starts: ['med.joint_review'] },
  citation: '《劳动争议调解仲裁法》第十四条',
});

export const medFailed = defineAction({
  id: 'med.failed',
  label: '调解不成（终止调解）',
  kinds,
  roles: MED,
  payload: Reasons,
  guard: (s) => (!isOpen(s) ? WHY.closed : null),
  reduce: (s, e) => ({ ...s, status: 'closed', outcome: 'med_failed', closedOn: e.occurredOn }),
  deadlines: { stops: ['med.accept_review', 'med.fifteen_days'] },
  citation: '《劳动争议调解仲裁法》第十四条第三款',
});

export const medWithdrawn = defineAction({
  id: 'med.withdrawn',
  label: '申请人撤回调解申请',
  kinds,
  roles: MED,
  payload: Note,
  guard: (s) => (!isOpen(s) ? WHY.closed : null),
  reduce: (s, e) => ({ ...s, status: 'closed', outcome: 'med_withdrawn', closedOn: e.occurredOn }),
  deadlines: { stops: ['med.accept_review', 'med.fifteen_days'] },
});

const afterAgreement = (s: { outcome: string | null }) =>
  s.outcome !== 'med_agreement' ? '只有达成调解协议的案件才能办理此事项' : null;

export const medPerformed = defineAction({
  id: 'med.performed',
  label: '调解协议已履行',
  kinds,
  roles: MED,
  payload: Note,
  guard: (s) => afterAgreement(s) ?? (s.agreementPerformed ? '已记录履行' : null),
  reduce: (s) => ({ ...s, agreementPerformed: true }),
  deadlines: { stops: ['med.joint_review'] },
});

export const medPaymentOrder = defineAction({
  id: 'med.paymentOrder',
  label: '告知申请支付令（用人单位不履行）',
  kinds,
  roles: MED,
  payload: Note,
  guard: (s) => afterAgreement(s) ?? (s.agreementPerformed ? '协议已履行，无需申请支付令' : null),
  reduce: (s) => s,
  citation: '《劳动争议调解仲裁法》第十六条',
});

export const medJointReview = defineAction({
  id: 'med.jointReview',
  label: '双方共同申请仲裁审查',
  kinds,
  roles: MED,
  payload: Note,
  guard: (s) => afterAgreement(s),
  reduce: (s) => s,
  deadlines: { stops: ['med.joint_review'] },
  citation: '《劳动人事争议仲裁办案规则》第七十四条',
});

export const medTransferred = defineAction({
  id: 'med.transferred',
  label: '调解不成转仲裁',
  kinds,
  roles: ['mediator', 'clerk', 'director'],
  payload: z.object({ arbitrationCaseId: z.string().min(1) }),
  guard: (s) =>
    s.transferredToCaseId !== null
      ? '本案已转为仲裁案件'
      : s.outcome === 'med_failed' || (s.outcome === 'med_agreement' && !s.agreementPerformed)
        ? null
        : '只有调解不成或调解协议未履行的案件才能转仲裁（《劳动争议调解仲裁法》第十四条、第十五条）',
  reduce: (s, e) => ({ ...s, transferredToCaseId: e.payload.arbitrationCaseId }),
  citation: '《劳动争议调解仲裁法》第十四条、第十五条',
});

export const MEDIATION_ACTIONS = [
  medAccept,
  medNotAccepted,
  medSession,
  medAgreement,
  medFailed,
  medWithdrawn,
  medPerformed,
  medPaymentOrder,
  medJointReview,
  medTransferred,
] as const;
export { NoPayload };
