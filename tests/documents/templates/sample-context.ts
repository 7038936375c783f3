// Sample document contexts: a rich arbitration case (accepted, tribunal, recusal refused, suspended and resumed,
// hearing postponed and held, extended, awarded, archived; comparisons with agreed and disputed elements, findings,
// claim checks from the real calculators) and a mediation case, plus variants for the other outcomes.

import { economicCompensation, wageArrears } from '../../../shared/calc';
import type { ServiceView } from '../../../shared/contracts/procedure.schema';
import { DEFAULT_CASE_NUMBER_PATTERN, formatCaseNumber } from '../../../shared/documents/case-number';
import type { DocContext } from '../../../shared/documents/context';
import type { CaseDetail, CaseEvent } from '../../../shared/domain/case/case.schema';
import type { Party } from '../../../shared/domain/case/party.schema';
import type { ComparisonResult, ElementComparison } from '../../../shared/elements';
import { SUSPENSION_REASONS } from '../../../shared/procedure/payloads';
import { initialState, type ProcedureState } from '../../../shared/procedure/procedure-state';

export const ARB_CASE_ID = 'case-arb-1';
export const MED_CASE_ID = 'case-med-1';

const party = (p: Partial<Party> & Pick<Party, 'id' | 'kind' | 'role' | 'name' | 'sortOrder'>): Party => ({
  caseId: ARB_CASE_ID,
  idNumber: null,
  creditCode: null,
  sex: null,
  birthDate: null,
  ethnicity: null,
  address: null,
  phone: null,
  legalRep: null,
  legalRepTitle: null,
  representsPartyId: null,
  agentType: null,
  authority: null,
  ...p,
});

export const PARTIES: Party[] = [
  party({
    id: 'p-worker',
    kind: 'worker',
    role: 'applicant',
    name: '张三',
    sortOrder: 0,
    idNumber: '11010119900102123X',
    sex: 'male',
    birthDate: '1990-01-02',
    ethnicity: '汉族',
    address: '示例市东城区建国路88号院3号楼501室',
  }),
  party({
    id: 'p-agent-1',
    kind: 'agent',
    role: 'agent',
    name: '王五',
    sortOrder: 1,
    representsPartyId: 'p-worker',
    agentType: 'lawyer',
    authority: 'special',
  }),
  party({
    id: 'p-employer',
    kind: 'employer',
    role: 'respondent',
    name: '示例科技有限公司',
    sortOrder: 2,
    creditCode: '91110105MA01ABCD2X',
    address: '示例市朝阳区望京街6号',
    legalRep: '李四',
    legalRepTitle: '执行董事',
  }),
  party({
    id: 'p-agent-2',
    kind: 'agent',
    role: 'agent',
    name: '赵六',
    sortOrder: 3,
    representsPartyId: 'p-employer',
    agentType: 'other',
    authority: 'general',
  }),
];

const OFFICIAL_NO = formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { shortName: '示劳', year: 2026, seq: 12 });

function arbCase(): CaseDetail {
  return {
    id: ARB_CASE_ID,
    officeId: 'office-1',
    kind: 'arbitration',
    provisionalNo: '收〔2026〕0031',
    officialNo: OFFICIAL_NO,
    status: 'archived',
    receivedDate: '2026-03-02',
    acceptedDate: '2026-03-04',
    closedDate: '2026-04-20',
    reasons: ['wage_arrears', 'economic_compensation'],
    isCollective: false,
    workerCount: null,
    isMigrantWage: false,
    applicants: '张三',
    respondents: '示例科技有限公司',
    voidedAt: null,
    voided: null,
    summary:
      '申请人于2019年3月15日入职被申请人处，任软件工程师，月工资9,000元。被申请人未支付申请人2025年11月、12月工资。\n申请人于2025年12月31日以被申请人未及时足额支付劳动报酬为由解除劳动合同，要求被申请人支付拖欠工资及经济补偿。',
    createdAt: '2026-03-02T09:00:00.000Z',
    createdBy: 'clerk-1',
    parties: PARTIES,
    claims: [
      {
        id: 'c1',
        caseId: ARB_CASE_ID,
        type: 'wage_arrears',
        description: '支付2025年11月至12月拖欠工资',
        amountFen: 1_800_000,
        sortOrder: 0,
      },
      {
        id: 'c2',
        caseId: ARB_CASE_ID,
        type: 'economic_compensation',
        description: '支付解除劳动合同经济补偿',
        amountFen: 6_300_000,
        sortOrder: 1,
      },
    ],
  };
}

let seq = 0;
/** A case event; `actorName` defaults to the director for decisions, the clerk otherwise. */
/** Staff ids of the sample's actors, so an event's actor is a staff member as in the app. */
const ACTOR_IDS: Readonly<Record<string, string>> = {
  孙丽: 'clerk-1',
  陈明: 'arb-1',
  王强: 'dir-1',
  刘静: 'med-1',
};

export function event(
  type: string,
  occurredOn: string,
  payload: Record<string, unknown>,
  actorName = '孙丽',
): CaseEvent {
  seq += 1;
  return {
    id: `ev-${seq}`,
    caseId: ARB_CASE_ID,
    type,
    label: type,
    occurredOn,
    recordedAt: `${occurredOn}T10:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    actorId: ACTOR_IDS[actorName] ?? null,
    actorName,
    payload,
    supersedesEventId: null,
  };
}

export const AWARD_SUMMARY =
  '一、被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三2025年11月至12月工资18,000.00元；\n二、被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三解除劳动合同经济补偿63,000.00元。';

function arbEvents(): CaseEvent[] {
  return [
    event('case.received', '2026-03-02', {}),
    event('arb.accept', '2026-03-04', { simple: false }),
    event(
      'arb.composeTribunal',
      '2026-03-06',
      { mode: 'panel', presidingId: 'arb-1', memberIds: ['arb-2', 'arb-3'] },
      '陈明',
    ),
    event('arb.evidencePeriod', '2026-03-06', { until: '2026-03-20' }, '陈明'),
    event('arb.recusalRequested', '2026-03-10', {
      arbitratorId: 'arb-2',
      grounds: '仲裁员李华与被申请人的法定代表人系大学同学',
    }),
    event(
      'arb.recusalDecided',
      '2026-03-12',
      { granted: false, reasons: '申请人所述情形不属于法定回避事由，申请理由不成立' },
      '王强',
    ),
    event('arb.defenceFiled', '2026-03-13', {
      note: '被申请人已足额支付工资，申请人系因个人原因辞职，不应支付经济补偿。',
    }),
    event('arb.suspended', '2026-03-16', { reason: SUSPENSION_REASONS[3], approvedBy: '王强' }, '王强'),
    event('arb.resumed', '2026-03-23', { note: '' }, '陈明'),
    event('arb.hearingScheduled', '2026-03-24', {
      hearingDate: '2026-04-01',
      time: '09:30',
      place: '本委第一仲裁庭',
    }),
    event(
      'arb.hearingPostponed',
      '2026-03-27',
      {
        hearingDate: '2026-04-08',
        time: '14:30',
        place: '本委第二仲裁庭',
        reasons: '被申请人的委托代理人另有开庭，申请延期开庭',
      },
      '陈明',
    ),
    event(
      'arb.hearingHeld',
      '2026-04-08',
      { attendance: '申请人张三及其委托代理人王五、被申请人的委托代理人赵六到庭参加仲裁' },
      '陈明',
    ),
    event(
      'arb.extended',
      '2026-04-10',
      { days: 10, approvedBy: '王强', reasons: '案情复杂，需要进一步核实工资发放情况' },
      '王强',
    ),
    event('arb.awarded', '2026-04-20', { final: false, summary: AWARD_SUMMARY }, '陈明'),
    event('case.archived', '2026-04-30', { volumeNo: '2026-012' }),
  ];
}

function arbProcedure(): ProcedureState {
  return {
    ...initialState({ kind: 'arbitration', receivedDate: '2026-03-02', isCollective: false }),
    status: 'archived',
    outcome: 'arb_awarded',
    acceptedOn: '2026-03-04',
    closedOn: '2026-04-20',
    archivedOn: '2026-04-30',
    copyServedOn: '2026-03-06',
    defenceFiledOn: '2026-03-13',
    tribunal: {
      mode: 'panel',
      presidingId: 'arb-1',
      memberIds: ['arb-1', 'arb-2', 'arb-3'],
      composedOn: '2026-03-06',
    },
    tribunalNotifiedOn: '2026-03-09',
    evidenceDeadline: '2026-03-20',
    hearingDate: '2026-04-08',
    hearingNoticeServedOn: '2026-03-28',
    hearingHeld: true,
    suspensions: [{ from: '2026-03-16', to: '2026-03-23' }],
    extensionDays: 10,
    lastEventOn: '2026-04-30',
  };
}

const service = (
  s: Partial<ServiceView> & Pick<ServiceView, 'document' | 'addressee' | 'addresseeRole'>,
): ServiceView => ({
  eventId: `svc-${s.document}-${s.addresseeRole}`,
  method: 'direct',
  sentOn: '2026-03-05',
  servedOn: '2026-03-06',
  publishedOn: null,
  effectiveOn: '2026-03-06',
  evidence: null,
  evidenceFile: null,
  serverId: 'clerk-1',
  ...s,
});

function arbServices(): ServiceView[] {
  return [
    service({
      document: 'acceptance_notice',
      addressee: '张三',
      addresseeRole: 'applicant',
      sentOn: '2026-03-04',
      servedOn: '2026-03-04',
      effectiveOn: '2026-03-04',
    }),
    service({
      document: 'application_copy',
      addressee: '示例科技有限公司',
      addresseeRole: 'respondent',
      evidence: '由该公司行政主管签收',
    }),
    service({
      document: 'hearing_notice',
      addressee: '张三',
      addresseeRole: 'applicant',
      method: 'post',
      sentOn: '2026-03-27',
      servedOn: '2026-03-28',
      effectiveOn: '2026-03-28',
    }),
  ];
}

const el = (
  key: string,
  label: string,
  state: ElementComparison['state'],
  applicantText: string,
  respondentText = '认可',
  note: string | null = null,
): ElementComparison => ({
  key,
  label,
  group: '基础要素',
  groupKey: 'basic',
  state,
  applicantValue: applicantText,
  respondentValue: state === 'disputed' ? respondentText : null,
  stance: state === 'not_addressed' ? 'no_answer' : state === 'agreed' ? 'admit' : 'deny',
  agreedValue: state === 'agreed' ? applicantText : null,
  applicantText,
  respondentText: state === 'not_addressed' ? '（未答辩）' : respondentText,
  note,
});

function comparisons(): ComparisonResult[] {
  const base = [
    el('startDate', '入职时间', 'agreed', '2019年3月15日'),
    el('position', '工作岗位', 'agreed', '软件工程师'),
    el('contractSigned', '书面劳动合同签订情况', 'agreed', '已签订'),
    el(
      'monthlyWage',
      '月工资标准',
      'disputed',
      '9,000.00 元',
      '7,000.00 元',
      '另2,000元为绩效奖金，不固定发放',
    ),
    el('endDate', '离职时间', 'agreed', '2025年12月31日'),
    el(
      'terminationReason',
      '解除劳动合同的原因',
      'disputed',
      '被申请人未及时足额支付劳动报酬，申请人依法解除',
      '申请人因个人原因辞职',
    ),
  ];
  const wages = [
    el('arrearsMonths', '欠薪月份', 'agreed', '2025年11月至2025年12月'),
    el('paidAmount', '欠薪期间已付金额', 'not_addressed', '0.00 元'),
  ];
  const summary = (els: ElementComparison[]) => ({
    agreed: els.filter((e) => e.state === 'agreed').length,
    disputed: els.filter((e) => e.state === 'disputed').length,
    notAddressed: els.filter((e) => e.state === 'not_addressed').length,
  });
  return [
    { templateId: 'base', templateTitle: '基础要素', elements: base, summary: summary(base) },
    { templateId: 'wage_arrears', templateTitle: '追索劳动报酬', elements: wages, summary: summary(wages) },
  ];
}

function findings(): DocContext['findings'] {
  return [
    {
      templateId: 'base',
      key: 'monthlyWage',
      label: '月工资标准',
      value: '9,000.00 元',
      reason: '被申请人提交的工资表显示所谓绩效奖金每月固定发放，属于劳动报酬的组成部分，应计入工资标准',
      evidence: '工资表、银行流水',
    },
    {
      templateId: 'base',
      key: 'terminationReason',
      label: '解除劳动合同的原因',
      value: '被申请人未及时足额支付劳动报酬，申请人依法解除劳动合同',
      reason:
        '申请人提交的解除劳动合同通知书载明了解除理由，被申请人未举证证明已足额支付2025年11月、12月工资',
      evidence: '解除劳动合同通知书、微信聊天记录',
    },
  ];
}

function claimChecks(): DocContext['claimChecks'] {
  return [
    {
      claimType: 'wage_arrears',
      calculator: 'wageArrears',
      claimedFen: 1_800_000,
      computed: wageArrears({
        months: [
          { month: '2025-11', payableFen: 900_000, paidFen: 0 },
          { month: '2025-12', payableFen: 900_000, paidFen: 0 },
        ],
      }),
      flags: [],
    },
    {
      claimType: 'economic_compensation',
      calculator: 'economicCompensation',
      claimedFen: 6_300_000,
      computed: economicCompensation({
        startDate: '2019-03-15',
        endDate: '2025-12-31',
        avgMonthlyWageFen: 900_000,
        cityAvgMonthlyWageFen: 1_000_000,
        minMonthlyWageFen: 249_000,
      }),
      flags: [],
    },
  ];
}

export const COMMITTEE: DocContext['committee'] = {
  name: '示例市劳动人事争议仲裁委员会',
  shortName: '示劳',
  address: '示例市人民路100号',
  phone: '010-12345678',
  sealText: '示例市劳动人事争议仲裁委员会',
  caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
  uppercaseAmounts: true,
};

/** The rich arbitration case: accepted, heard, awarded (non-final) and archived. */
export function arbitrationContext(options: Record<string, string> = {}): DocContext {
  return {
    committee: { ...COMMITTEE },
    case: arbCase(),
    procedure: arbProcedure(),
    events: arbEvents(),
    services: arbServices(),
    deadlines: [],
    staff: [
      { id: 'arb-1', name: '陈明', roles: ['arbitrator'] },
      { id: 'arb-2', name: '李华', roles: ['arbitrator'] },
      { id: 'arb-3', name: '周强', roles: ['arbitrator'] },
      { id: 'clerk-1', name: '孙丽', roles: ['clerk'] },
      { id: 'dir-1', name: '王强', roles: ['director'] },
      { id: 'med-1', name: '刘静', roles: ['mediator'] },
    ],
    comparisons: comparisons(),
    findings: findings(),
    claimChecks: claimChecks(),
    assigned: { handlerId: 'arb-1', clerkId: 'clerk-1' },
    date: '2026-04-20',
    options,
  };
}
