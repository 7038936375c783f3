import { z } from 'zod';
import { OptionalText, RequiredText } from '../schema/primitives';
import { defineAction, isOpen, WHY } from './action-types';
import { Note, Reasons } from './payloads';

/** Arbitration from receipt to acceptance (reference §1.3 A1–A3, §1.4, §1.5). */
const INTAKE = ['clerk', 'arbitrator', 'director'] as const;
const kinds = ['arbitration'] as const;

const beforeAcceptance = (s: { status: string }) =>
  s.status === 'received'
    ? null
    : s.status === 'closed' || s.status === 'archived'
      ? WHY.closed
      : WHY.alreadyAccepted;

export const arbRequestCorrection = defineAction({
  id: 'arb.requestCorrection',
  label: '通知补正申请材料',
  kinds,
  roles: INTAKE,
  payload: z.object({ items: RequiredText(1000) }),
  guard: (s) => beforeAcceptance(s) ?? (s.correctionPending ? '已发出补正通知，等待补正' : null),
  reduce: (s) => ({ ...s, correctionPending: true }),
  deadlines: { pauses: ['arb.accept_review'] },
  citation: '《劳动人事争议仲裁办案规则》第四十六条第（二）项',
});

export const arbCorrectionCompleted = defineAction({
  id: 'arb.correctionCompleted',
  label: '申请人补正完毕',
  kinds,
  roles: INTAKE,
  payload: Note,
  guard: (s) => beforeAcceptance(s) ?? (!s.correctionPending ? '未发出补正通知' : null),
  // 补正 resets the receipt date: the review period counts from the day the materials are complete.
  reduce: (s, e) => ({ ...s, correctionPending: false, receivedOn: e.occurredOn }),
  deadlines: { restarts: ['arb.accept_review'] },
  citation: '《劳动人事争议仲裁办案规则》第四十六条第（二）项',
});

export const arbAccept = defineAction({
  id: 'arb.accept',
  label: '受理（立案）',
  kinds,
  roles: INTAKE,
  // officialNo is assigned by main at acceptance from the committee's 案号 pattern (reference §5.2: 年度 = acceptance year).
  payload: z.object({
    simple: z.boolean().default(false),
    note: OptionalText(500),
    officialNo: z.string().max(60).optional(),
  }),
  guard: (s, _p, on) =>
    beforeAcceptance(s) ??
    (s.correctionPending ? WHY.correctionPending : on < s.receivedOn ? WHY.beforeReceipt : null),
  reduce: (s, e) => ({ ...s, status: 'accepted', acceptedOn: e.occurredOn, isSimple: e.payload.simple }),
  deadlines: {
    stops: ['arb.accept_review'],
    starts: ['arb.serve_copy', 'arb.tribunal_notice', 'arb.award_limit'],
  },
  citation: '《劳动争议调解仲裁法》第二十九条',
});

export const arbNotAccepted = defineAction({
  id: 'arb.notAccepted',
  label: '不予受理（书面说明理由）',
  kinds,
  roles: INTAKE,
  payload: Reasons,
  guard: (s) => beforeAcceptance(s),
  reduce: (s, e) => ({ ...s, status: 'closed', outcome: 'arb_not_accepted', closedOn: e.occurredOn }),
  deadlines: { stops: ['arb.accept_review'] },
  citation: '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第三十条',
});

export const arbReferred = defineAction({
  id: 'arb.referred',
  label: '告知向有管辖权的仲裁委员会申请',
  kinds,
  roles: INTAKE,
  payload: z.object({ competentCommittee: RequiredText(100) }),
  guard: (s) => beforeAcceptance(s),
  reduce: (s, e) => ({ ...s, status: 'closed', outcome: 'arb_referred', closedOn: e.occurredOn }),
  deadlines: { stops: ['arb.accept_review'] },
  citation: '《劳动人事争议仲裁办案规则》第三十一条',
});

export const arbElectRepresentatives = defineAction({
  id: 'arb.electRepresentatives',
  label: '集体争议推举代表人',
  kinds,
  roles: INTAKE,
  payload: z.object({
    names: z
      .array(RequiredText(50))
      .min(3, { message: '劳动者可以推举三至五名代表人' })
      .max(5, { message: '劳动者可以推举三至五名代表人' }),
  }),
  guard: (s) => (!s.isCollective ? WHY.notCollective : !isOpen(s) ? WHY.closed : null),
  reduce: (s) => ({ ...s, representativesElected: true }),
  citation: '《劳动争议调解仲裁法》第七条',
});

export const arbConvertToGeneral = defineAction({
  id: 'arb.convertToGeneral',
  label: '简易处理转为普通程序',
  kinds,
  roles: ['arbitrator', 'director'],
  payload: Reasons,
  guard: (s) => (!isOpen(s) ? WHY.closed : !s.isSimple ? '本案未适用简易处理' : null),
  // The arbitration period still runs from the original acceptance (办案规则 art 61).
  reduce: (s) => ({ ...s, isSimple: false }),
  citation: '《劳动人事争议仲裁办案规则》第六十一条',
});

export const ARBITRATION_INTAKE_ACTIONS = [
  arbRequestCorrection,
  arbCorrectionCompleted,
  arbAccept,
  arbNotAccepted,
  arbReferred,
  arbElectRepresentatives,
  arbConvertToGeneral,
] as const;
