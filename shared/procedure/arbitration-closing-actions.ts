import { z } from 'zod';
import { OptionalText, RequiredText } from '../schema/primitives';
import { defineAction, isOpen, WHY } from './action-types';
import { inProceedings } from './arbitration-hearing-actions';
import { AwardPayload } from './award-payload';
import { ExtensionPayload, Note, Reasons, SuspensionPayload } from './payloads';

/** Arbitration outcomes, suspension, extension, closure and archiving (reference §1.3 A10–A18). */
const ARB = ['arbitrator', 'director'] as const;
const kinds = ['arbitration'] as const;

const close = <S extends { status: string }>(s: S, outcome: string, on: string) => ({
  ...s,
  status: 'closed' as const,
  outcome,
  closedOn: on,
});

export const arbMediated = defineAction({
  id: 'arb.mediated',
  label: '仲裁调解达成协议（制作调解书）',
  kinds,
  roles: ARB,
  payload: z.object({ terms: RequiredText(3000) }),
  guard: (s) => inProceedings(s) ?? (s.tribunal === null ? WHY.noTribunal : null),
  reduce: (s, e) => ({ ...close(s, 'arb_mediated', e.occurredOn), outcome: 'arb_mediated' as const }),
  deadlines: { stops: ['arb.award_limit'] },
  citation: '《劳动争议调解仲裁法》第四十二条',
});

export const arbAwarded = defineAction({
  id: 'arb.awarded',
  label: '作出裁决',
  kinds,
  roles: ARB,
  // Each item is tested for finality (law art 47); the core re-runs the test against the regional minimum wage
  // in force (electron/main/mutations/award-check.ts), which a pure guard cannot read.
  payload: AwardPayload,
  // The law requires mediation before an award (art 42) and a hearing (art 35–36, or a default award).
  guard: (s) =>
    inProceedings(s) ?? (s.tribunal === null ? WHY.noTribunal : !s.hearingHeld ? WHY.hearingNotHeld : null),
  reduce: (s, e) => ({
    ...close(s, 'arb_awarded', e.occurredOn),
    outcome: 'arb_awarded' as const,
    firstAwardOn: s.firstAwardOn ?? e.occurredOn,
  }),
  deadlines: {
    stops: ['arb.award_limit'],
    starts: ['arb.worker_suit', 'arb.employer_revoke', 'arb.employer_suit'],
  },
  citation: '《劳动争议调解仲裁法》第四十三条至第五十条',
});

export const arbPartialAward = defineAction({
  id: 'arb.partialAward',
  label: '先行裁决（部分事实清楚）',
  kinds,
  roles: ARB,
  // A 先行裁决 is an award on its items: each is tested for 终局 like the final award (law arts 43¶2, 47).
  payload: AwardPayload,
  guard: (s) => inProceedings(s) ?? (!s.hearingHeld ? WHY.hearingNotHeld : null),
  reduce: (s, e) => ({
    ...s,
    partialAwards: s.partialAwards + 1,
    firstAwardOn: s.firstAwardOn ?? e.occurredOn,
  }),
  citation: '《劳动争议调解仲裁法》第四十三条第二款',
});

export const arbProvisionalExecution = defineAction({
  id: 'arb.provisionalExecution',
  label: '裁决先予执行并移送法院',
  kinds,
  roles: ARB,
  payload: z.object({ items: RequiredText(1000) }),
  guard: (s) => inProceedings(s) ?? (s.tribunal === null ? WHY.noTribunal : null),
  // 先予执行 is itself decided by a 裁决 (law art 44: "可以裁决先予执行").
  reduce: (s, e) => ({ ...s, firstAwardOn: s.firstAwardOn ?? e.occurredOn }),
  citation: '《劳动争议调解仲裁法》第四十四条',
});

export const arbWithdrawn = defineAction({
  id: 'arb.withdrawn',
  label: '准予撤回仲裁申请',
  kinds,
  roles: ARB,
  payload: Reasons,
  guard: (s) => (!isOpen(s) ? WHY.closed : s.acceptedOn === null ? WHY.notAccepted : null),
  reduce: (s, e) => ({ ...close(s, 'arb_withdrawn', e.occurredOn), outcome: 'arb_withdrawn' as const }),
  deadlines: { stops: ['arb.award_limit'] },
  citation: '《劳动争议调解仲裁法》第四十一条',
});

export const arbDeemedWithdrawn = defineAction({
  id: 'arb.deemedWithdrawn',
  label: '按撤回仲裁申请处理（申请人无正当理由拒不到庭）',
  kinds,
  roles: ARB,
  payload: Reasons,
  guard: (s, _p, on) =>
    inProceedings(s) ??
    (s.hearingDate === null
      ? WHY.noHearing
      : s.hearingNoticeServedOn === null
        ? '开庭通知未经书面送达，不能按撤回处理（办案规则第五十九条）'
        : on < s.hearingDate
          ? '开庭日尚未到来'
          : null),
  reduce: (s, e) => ({
    ...close(s, 'arb_deemed_withdrawn', e.occurredOn),
    outcome: 'arb_deemed_withdrawn' as const,
  }),
  deadlines: { stops: ['arb.award_limit'] },
  citation: '《劳动争议调解仲裁法》第三十六条',
});

export const arbSuspended = defineAction({
  id: 'arb.suspended',
  label: '中止审理（经批准）',
  kinds,
  roles: ['director'],
  payload: SuspensionPayload,
  guard: (s) => inProceedings(s),
  reduce: (s, e) => ({ ...s, status: 'suspended', suspendedSince: e.occurredOn }),
  deadlines: { pauses: ['arb.award_limit'] },
  citation: '《劳动人事争议仲裁办案规则》第四十七条',
});

export const arbResumed = defineAction({
  id: 'arb.resumed',
  label: '恢复审理',
  kinds,
  roles: ['arbitrator', 'director'],
  payload: Note,
  guard: (s, _p, on) =>
    s.suspendedSince === null ? '案件未中止' : on < s.suspendedSince ? '恢复日期不能早于中止日期' : null,
  reduce: (s, e) => ({
    ...s,
    status: s.tribunal === null ? 'accepted' : 'in_progress',
    suspendedSince: null,
    suspensions: [...s.suspensions, { from: s.suspendedSince as string, to: e.occurredOn }],
  }),
  deadlines: { resumes: ['arb.award_limit'] },
  citation: '《劳动人事争议仲裁办案规则》第四十七条',
});

export const arbExtended = defineAction({
  id: 'arb.extended',
  label: '延长审理期限（经主任书面批准）',
  kinds,
  roles: ['director'],
  payload: ExtensionPayload,
  guard: (s, p) =>
    inProceedings(s) ??
    (s.extensionDays + p.days > 15 ? `延长期限合计不得超过十五日（已延长 ${s.extensionDays} 日）` : null),
  reduce: (s, e) => ({ ...s, extensionDays: s.extensionDays + e.payload.days }),
  deadlines: { restarts: [] },
  citation: '《劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第四十五条',
});

export const arbTerminated = defineAction({
  id: 'arb.terminated',
  label: '终止审理（逾期未裁决且当事人已起诉）',
  kinds,
  roles: ['director'],
  payload: Reasons,
  guard: (s) => (!isOpen(s) ? WHY.closed : s.acceptedOn === null ? WHY.notAccepted : null),
  reduce: (s, e) => ({ ...close(s, 'arb_terminated', e.occurredOn), outcome: 'arb_terminated' as const }),
  deadlines: { stops: ['arb.award_limit'] },
  citation: '《劳动人事争议仲裁办案规则》第四十八条',
});

export const caseArchived = defineAction({
  id: 'case.archived',
  label: '归档',
  kinds: ['mediation', 'arbitration'],
  roles: ['clerk', 'director'],
  payload: z.object({ volumeNo: OptionalText(50) }),
  guard: (s) =>
    s.status === 'archived' ? '案件已归档' : s.status !== 'closed' ? '案件尚未结案，不能归档' : null,
  reduce: (s, e) => ({ ...s, status: 'archived', archivedOn: e.occurredOn }),
  citation: '《劳动人事争议仲裁办案规则》第二十一条至第二十四条',
});

export const ARBITRATION_CLOSING_ACTIONS = [
  arbMediated,
  arbAwarded,
  arbPartialAward,
  arbProvisionalExecution,
  arbWithdrawn,
  arbDeemedWithdrawn,
  arbSuspended,
  arbResumed,
  arbExtended,
  arbTerminated,
  caseArchived,
] as const;
