// Variants of the sample contexts for the outcomes the rich case does not reach: a final award, a 调解书, a refusal
// to accept, a withdrawal, service by public notice, and the mediation cases (agreement, failure).

import type { DocContext } from '../../../shared/documents/context';
import type { CaseEvent } from '../../../shared/domain/case/case.schema';
import { initialState } from '../../../shared/procedure/procedure-state';
import { AWARD_SUMMARY, MED_CASE_ID, arbitrationContext, event } from './sample-context';

const before = (events: readonly CaseEvent[], types: readonly string[]) =>
  events.filter((e) => !types.includes(e.type));

/** The rich case with a final award (law art 47). */
export function finalAwardContext(): DocContext {
  const ctx = arbitrationContext();
  return {
    ...ctx,
    events: [
      ...before(ctx.events, ['arb.awarded']),
      event('arb.awarded', '2026-04-20', { final: true, summary: AWARD_SUMMARY }, '陈明'),
    ],
  };
}

/** The rich case closed by a 调解书 instead of an award (law art 42). */
export function mediatedContext(): DocContext {
  const ctx = arbitrationContext();
  return {
    ...ctx,
    procedure: { ...ctx.procedure, outcome: 'arb_mediated' },
    events: [
      ...before(ctx.events, ['arb.awarded', 'case.archived']),
      event(
        'arb.mediated',
        '2026-04-15',
        {
          terms:
            '被申请人示例科技有限公司于2026年4月30日前一次性支付申请人张三工资及经济补偿共计70,000.00元；\n申请人张三放弃其他仲裁请求；\n双方劳动关系已于2025年12月31日解除，再无其他争议。',
        },
        '陈明',
      ),
    ],
  };
}

/** An application refused before acceptance (law art 29): no official number, no tribunal. */
export function notAcceptedContext(): DocContext {
  const ctx = arbitrationContext();
  return {
    ...ctx,
    case: { ...ctx.case, officialNo: null, status: 'closed', acceptedDate: null, closedDate: '2026-03-05' },
    procedure: {
      ...initialState({ kind: 'arbitration', receivedDate: '2026-03-02', isCollective: false }),
      status: 'closed',
      outcome: 'arb_not_accepted',
      closedOn: '2026-03-05',
    },
    events: [
      event('case.received', '2026-03-02', {}),
      event('arb.notAccepted', '2026-03-05', {
        reasons: '申请人请求确认的事项系其与被申请人之间的借款纠纷，不属于劳动人事争议仲裁的受案范围',
      }),
    ],
    services: [],
    comparisons: [],
    findings: [],
    claimChecks: [],
    date: '2026-03-05',
  };
}

/** The rich case withdrawn by the applicant before the hearing (law art 41). */
export function withdrawnContext(deemed = false): DocContext {
  const ctx = arbitrationContext();
  const type = deemed ? 'arb.deemedWithdrawn' : 'arb.withdrawn';
  const reasons = deemed
    ? '申请人经书面通知，于2026年4月8日无正当理由未到庭'
    : '双方已自行和解，被申请人已支付全部款项';
  return {
    ...ctx,
    procedure: {
      ...ctx.procedure,
      outcome: deemed ? 'arb_deemed_withdrawn' : 'arb_withdrawn',
      closedOn: '2026-04-09',
    },
    events: [
      ...before(ctx.events, ['arb.hearingHeld', 'arb.extended', 'arb.awarded', 'case.archived']),
      event(type, '2026-04-09', { reasons }, '陈明'),
    ],
    date: '2026-04-09',
  };
}

/** The rich case whose respondent was served the application and the hearing notice by public notice. */
export function publicNoticeContext(): DocContext {
  const ctx = arbitrationContext();
  const pub = (document: string) => ({
    eventId: `svc-pub-${document}`,
    document,
    addressee: '示例科技有限公司',
    addresseeRole: 'respondent',
    method: 'public_notice',
    sentOn: '2026-03-27',
    servedOn: null,
    publishedOn: '2026-03-27',
    effectiveOn: '2026-04-26',
    evidence: '在《示例日报》刊登公告',
    evidenceFile: null,
    serverId: 'clerk-1',
  });
  return {
    ...ctx,
    procedure: {
      ...ctx.procedure,
      status: 'in_progress',
      outcome: null,
      closedOn: null,
      archivedOn: null,
      hearingDate: '2026-05-06',
      hearingHeld: false,
    },
    events: [
      ...before(ctx.events, [
        'arb.hearingScheduled',
        'arb.hearingPostponed',
        'arb.hearingHeld',
        'arb.extended',
        'arb.awarded',
        'case.archived',
      ]),
      event('arb.hearingScheduled', '2026-03-27', {
        hearingDate: '2026-05-06',
        time: '10:00',
        place: '本委第一仲裁庭',
      }),
    ],
    services: [
      ...ctx.services.filter((s) => s.addresseeRole !== 'respondent'),
      pub('application_copy'),
      pub('hearing_notice'),
    ],
    date: '2026-03-27',
  };
}

/** A mediation case at the committee's mediation body, agreement reached. */
export function mediationContext(options: Record<string, string> = {}): DocContext {
  const ctx = arbitrationContext(options);
  const parties = ctx.case.parties.map((p) => ({ ...p, caseId: MED_CASE_ID }));
  return {
    ...ctx,
    case: {
      ...ctx.case,
      id: MED_CASE_ID,
      kind: 'mediation',
      provisionalNo: '示调〔2026〕0007',
      officialNo: null,
      status: 'closed',
      receivedDate: '2026-02-02',
      acceptedDate: '2026-02-03',
      closedDate: '2026-02-12',
      parties,
      claims: ctx.case.claims.map((c) => ({ ...c, caseId: MED_CASE_ID })),
    },
    procedure: {
      ...initialState({ kind: 'mediation', receivedDate: '2026-02-02', isCollective: false }),
      status: 'closed',
      outcome: 'med_agreement',
      acceptedOn: '2026-02-03',
      closedOn: '2026-02-12',
      agreementOn: '2026-02-12',
      mediationSessions: 1,
    },
    events: [
      event('case.received', '2026-02-02', {}, '刘静'),
      event('med.accept', '2026-02-03', { note: '' }, '刘静'),
      event('med.session', '2026-02-10', { summary: '双方陈述意见' }, '刘静'),
      event(
        'med.agreement',
        '2026-02-12',
        {
          terms: '被申请人于2026年2月28日前支付申请人2025年11月至12月工资18,000.00元\n申请人放弃其他请求',
          performBy: '2026-02-28',
        },
        '刘静',
      ),
    ],
    services: [],
    comparisons: [],
    findings: [],
    claimChecks: [],
    assigned: { handlerId: 'med-1', clerkId: null },
    date: '2026-02-12',
  };
}

/** The mediation case ending without agreement (law art 14¶3). */
export function mediationFailedContext(): DocContext {
  const ctx = mediationContext();
  return {
    ...ctx,
    procedure: { ...ctx.procedure, outcome: 'med_failed', agreementOn: null, closedOn: '2026-02-17' },
    events: [
      ...before(ctx.events, ['med.agreement']),
      event(
        'med.failed',
        '2026-02-17',
        { reasons: '双方对经济补偿的数额分歧较大，被申请人明确表示不同意调解' },
        '刘静',
      ),
    ],
    date: '2026-02-17',
  };
}
