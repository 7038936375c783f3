import { z } from 'zod';
import { IsoDate, OptionalText, RequiredText } from '../schema/primitives';
import { defineAction, isOpen, WHY } from './action-types';
import { HearingPayload, Note, Reasons, TribunalPayload } from './payloads';
import type { ProcedureState } from './procedure-state';

/** Arbitration from acceptance to the hearing (reference §1.3 A4–A9). */
const CLERK = ['clerk', 'arbitrator', 'director'] as const;
const ARB = ['arbitrator', 'director'] as const;
const kinds = ['arbitration'] as const;

/** The case is accepted, open and not suspended: the precondition of almost every step after T0. */
export const inProceedings = (s: ProcedureState): string | null =>
  !isOpen(s)
    ? WHY.closed
    : s.acceptedOn === null
      ? WHY.notAccepted
      : s.suspendedSince !== null
        ? WHY.suspended
        : null;

export const arbDefenceFiled = defineAction({
  id: 'arb.defenceFiled',
  label: '收到答辩书',
  kinds,
  roles: CLERK,
  payload: Note,
  guard: (s) => inProceedings(s) ?? (s.copyServedOn === null ? '尚未向被申请人送达仲裁申请书副本' : null),
  reduce: (s, e) => ({ ...s, defenceFiledOn: s.defenceFiledOn ?? e.occurredOn }),
  deadlines: { stops: ['arb.defence'], starts: ['arb.defence_copy'] },
  citation: '《劳动争议调解仲裁法》第三十条',
});

export const arbCounterclaimFiled = defineAction({
  id: 'arb.counterclaimFiled',
  label: '收到反申请',
  kinds,
  roles: CLERK,
  payload: z.object({ claims: RequiredText(2000) }),
  guard: (s) =>
    inProceedings(s) ??
    (s.copyServedOn === null
      ? '反申请须在答辩期内提出，尚未送达仲裁申请书副本'
      : s.counterclaim !== 'none'
        ? '已登记反申请'
        : null),
  reduce: (s) => ({ ...s, counterclaim: 'filed' }),
  deadlines: { starts: ['arb.counterclaim_review'] },
  citation: '《劳动人事争议仲裁办案规则》第三十六条',
});

export const arbCounterclaimDecided = defineAction({
  id: 'arb.counterclaimDecided',
  label: '反申请受理决定',
  kinds,
  roles: ARB,
  payload: z.object({ merged: z.boolean(), note: OptionalText(500) }),
  guard: (s) => inProceedings(s) ?? (s.counterclaim !== 'filed' ? '没有待决定的反申请' : null),
  reduce: (s, e) => ({ ...s, counterclaim: e.payload.merged ? 'merged' : 'separate' }),
  // A merged counterclaim restarts the arbitration period (办案规则 art 46(4)).
  deadlines: { stops: ['arb.counterclaim_review'], restarts: ['arb.award_limit'] },
  citation: '《劳动人事争议仲裁办案规则》第四十六条第（四）项',
});

export const arbComposeTribunal = defineAction({
  id: 'arb.composeTribunal',
  label: '组成仲裁庭',
  kinds,
  roles: ARB,
  payload: TribunalPayload,
  guard: (s, p) =>
    inProceedings(s) ??
    (s.recusalPending
      ? WHY.recusalPending
      : p.mode === 'sole' && !s.isSimple
        ? '独任仲裁仅适用于简单劳动争议案件（请先适用简易处理）'
        : null),
  // A new composition (e.g. after recusal or when B replaces A) needs a new notice.
  reduce: (s, e) => ({
    ...s,
    tribunal: {
      mode: e.payload.mode,
      presidingId: e.payload.presidingId,
      memberIds: [...new Set([e.payload.presidingId, ...e.payload.memberIds])],
      composedOn: e.occurredOn,
    },
    tribunalNotifiedOn: null,
    status: s.status === 'accepted' ? 'in_progress' : s.status,
  }),
  deadlines: { starts: ['arb.tribunal_notice'] },
  citation: '《劳动争议调解仲裁法》第三十一条、第三十二条',
});

export const arbRecusalRequested = defineAction({
  id: 'arb.recusalRequested',
  label: '当事人申请回避',
  kinds,
  roles: CLERK,
  payload: z.object({
    arbitratorId: z.string().min(1, { message: '请选择被申请回避的仲裁员' }),
    grounds: RequiredText(1000),
  }),
  guard: (s) =>
    inProceedings(s) ?? (s.tribunal === null ? WHY.noTribunal : s.recusalPending ? WHY.recusalPending : null),
  reduce: (s) => ({ ...s, recusalPending: true }),
  citation: '《劳动争议调解仲裁法》第三十三条',
});

export const arbRecusalDecided = defineAction({
  id: 'arb.recusalDecided',
  label: '回避决定',
  kinds,
  roles: ['director'],
  payload: z.object({ granted: z.boolean(), reasons: RequiredText(1000) }),
  guard: (s) => inProceedings(s) ?? (!s.recusalPending ? '没有待决定的回避申请' : null),
  reduce: (s, e) => ({
    ...s,
    recusalPending: false,
    ...(e.payload.granted ? { tribunal: null, tribunalNotifiedOn: null } : {}),
  }),
  citation: '《劳动争议调解仲裁法》第三十三条',
});

export const arbEvidencePeriod = defineAction({
  id: 'arb.evidencePeriod',
  label: '指定举证期限',
  kinds,
  roles: ARB,
  payload: z.object({ until: IsoDate }),
  guard: (s, p, on) => inProceedings(s) ?? (p.until < on ? '举证期限不能早于指定之日' : null),
  reduce: (s, e) => ({ ...s, evidenceDeadline: e.payload.until }),
  citation: '《劳动人事争议仲裁办案规则》第十五条',
});

export const arbClaimsAmended = defineAction({
  id: 'arb.claimsAmended',
  label: '受理增加或变更的仲裁请求',
  kinds,
  roles: ARB,
  payload: z.object({ claims: RequiredText(2000) }),
  guard: (s, _p, on) =>
    inProceedings(s) ??
    (s.evidenceDeadline !== null && on > s.evidenceDeadline
      ? '举证期限已届满，增加或变更请求应另行申请仲裁（办案规则第四十四条）'
      : null),
  reduce: (s) => s,
  deadlines: { restarts: ['arb.award_limit'] },
  citation: '《劳动人事争议仲裁办案规则》第四十四条、第四十六条第（三）项',
});

export const arbPartyAdded = defineAction({
  id: 'arb.partyAdded',
  label: '追加当事人或第三人',
  kinds,
  roles: ARB,
  payload: z.object({ name: RequiredText(100), role: z.enum(['respondent', 'third_party']) }),
  guard: (s) => inProceedings(s),
  reduce: (s) => s,
  deadlines: { restarts: ['arb.award_limit'] },
  citation: '《劳动人事争议仲裁办案规则》第四十六条第（一）项',
});

export const arbHearingScheduled = defineAction({
  id: 'arb.hearingScheduled',
  label: '确定开庭时间（开庭通知）',
  kinds,
  roles: CLERK,
  payload: HearingPayload,
  guard: (s, p, on) =>
    inProceedings(s) ??
    (s.tribunal === null
      ? WHY.noTribunal
      : s.recusalPending
        ? WHY.recusalPending
        : p.hearingDate <= on
          ? '开庭日期须晚于通知日期'
          : null),
  reduce: (s, e) => ({
    ...s,
    hearingDate: e.payload.hearingDate,
    hearingSetOn: e.occurredOn,
    hearingNoticeServedOn: null,
    postponementRequested: false,
    hearingHeld: false,
  }),
  deadlines: { starts: ['arb.hearing_notice', 'arb.postponement_request'] },
  citation: '《劳动争议调解仲裁法》第三十五条',
});

export const arbPostponementRequested = defineAction({
  id: 'arb.postponementRequested',
  label: '当事人申请延期开庭',
  kinds,
  roles: CLERK,
  payload: Reasons,
  guard: (s) =>
    inProceedings(s) ?? (s.hearingDate === null ? WHY.noHearing : s.hearingHeld ? '已经开庭' : null),
  reduce: (s) => ({ ...s, postponementRequested: true }),
  deadlines: { stops: ['arb.postponement_request'] },
  citation: '《劳动争议调解仲裁法》第三十五条',
});

export const arbHearingPostponed = defineAction({
  id: 'arb.hearingPostponed',
  label: '决定延期开庭',
  kinds,
  roles: ARB,
  payload: HearingPayload.extend({ reasons: RequiredText(500) }),
  guard: (s, p) =>
    inProceedings(s) ??
    (s.hearingDate === null
      ? WHY.noHearing
      : p.hearingDate <= s.hearingDate
        ? '新的开庭日期应晚于原定日期'
        : null),
  reduce: (s, e) => ({
    ...s,
    hearingDate: e.payload.hearingDate,
    hearingSetOn: e.occurredOn,
    hearingNoticeServedOn: null,
    postponementRequested: false,
  }),
  deadlines: { restarts: ['arb.hearing_notice'] },
  citation: '《劳动争议调解仲裁法》第三十五条',
});

export const arbHearingHeld = defineAction({
  id: 'arb.hearingHeld',
  label: '开庭审理',
  kinds,
  roles: ARB,
  payload: z.object({ attendance: RequiredText(500) }),
  guard: (s, _p, on) =>
    inProceedings(s) ??
    (s.hearingDate === null
      ? WHY.noHearing
      : s.hearingNoticeServedOn === null
        ? '尚未登记开庭通知书的送达'
        : on < s.hearingDate
          ? `开庭日期为 ${s.hearingDate}，不能早于该日`
          : null),
  reduce: (s) => ({ ...s, hearingHeld: true }),
  citation: '《劳动争议调解仲裁法》第三十六条',
});

export const ARBITRATION_HEARING_ACTIONS = [
  arbDefenceFiled,
  arbCounterclaimFiled,
  arbCounterclaimDecided,
  arbComposeTribunal,
  arbRecusalRequested,
  arbRecusalDecided,
  arbEvidencePeriod,
  arbClaimsAmended,
  arbPartyAdded,
  arbHearingScheduled,
  arbPostponementRequested,
  arbHearingPostponed,
  arbHearingHeld,
] as const;
