import type { AppServices } from '../services';
import type { Actor } from '../mutations/types';
import { awardPayloadFrom } from '../../../shared/procedure/award-test';
import { SAMPLE_MIN_WAGE } from '../../../shared/procedure/test-payloads';

/**
 * Three cases that together exercise every document template: an arbitration case taken from application to
 * award, one settled by 仲裁调解 (with tribunal, hearing, services, suspension, 要素表 both sides and findings), a mediation case that
 * reached an agreement, and an application that was not accepted. Used by `npm run docs:samples` and tests.
 */
export type SampleCases = {
  awarded: string;
  mediated: string;
  mediation: string;
  notAccepted: string;
  failedMediation: string;
};

function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.message}`);
  return r.value;
}

export function createSampleCases(s: AppServices, admin: Actor): SampleCases {
  const officeId = admin.officeId as string;
  const run: AppServices['mutations']['run'] = (name, args, actor) => s.mutations.run(name, args, actor);
  must(
    run(
      'settings.set',
      {
        key: 'committee.profile',
        value: {
          name: '示例市劳动人事争议仲裁委员会',
          shortName: '示劳',
          address: '示例市人民路 100 号',
          phone: '0591-87654321',
          sealText: '示例市劳动人事争议仲裁委员会',
          caseNumberPattern: '{简称}劳人仲案字〔{年}〕第{号}号',
          uppercaseAmounts: true,
        },
      },
      admin,
    ),
    'committee profile',
  );
  const arbitrators = ['周明远', '吴秀兰', '郑国强'].map(
    (name, i) =>
      must(
        run(
          'staff.create',
          {
            officeId,
            name,
            username: `sample-arb-${i}-${Date.now() % 100000}`,
            passwordHash:
              'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
            roles: ['arbitrator'],
          },
          admin,
        ),
        name,
      ).id,
  );
  // The 书记员 whose name the documents carry (assigned per case) and who serves the documents.
  const clerk = must(
    run(
      'staff.create',
      {
        officeId,
        name: '林晓燕',
        username: `sample-clerk-${Date.now() % 100000}`,
        passwordHash:
          'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        roles: ['clerk'],
      },
      admin,
    ),
    '林晓燕',
  ).id;
  const parties = [
    {
      kind: 'worker',
      role: 'applicant',
      name: '张三',
      idNumber: '11010519491231002X',
      ethnicity: '汉族',
      address: '北京市朝阳区建国路 88 号',
      phone: '13800138000',
    },
    {
      kind: 'employer',
      role: 'respondent',
      name: '福州市某某科技有限公司',
      creditCode: '91350100M000100Y43',
      address: '福州市鼓楼区五四路 1 号',
      legalRep: '李四',
      legalRepTitle: '执行董事',
    },
    {
      kind: 'agent',
      role: 'agent',
      name: '王五',
      representsIndex: 0,
      agentType: 'lawyer',
      authority: 'special',
      phone: '13900139000',
    },
  ];
  const register = (kind: 'mediation' | 'arbitration', receivedDate: string) =>
    must(
      run(
        'case.register',
        {
          kind,
          officeId,
          receivedDate,
          reasons: ['unlawful_termination', 'overtime'],
          isCollective: false,
          isMigrantWage: false,
          summary:
            '申请人于 2019 年 3 月 15 日入职被申请人处，2025 年 9 月 30 日被申请人以经营困难为由口头辞退申请人，且未支付加班费。',
          parties,
          claims: [
            {
              type: 'unlawful_termination',
              description: '支付违法解除劳动合同赔偿金',
              amountFen: 12_600_000,
            },
            { type: 'overtime', description: '支付 2025 年 1 月至 9 月延时加班费', amountFen: 1_000_000 },
          ],
        },
        admin,
      ),
      'register',
    ).id;
  const act = (caseId: string, action: string, occurredOn: string, payload: Record<string, unknown> = {}) =>
    must(run('case.performAction', { caseId, action, occurredOn, payload }, admin), action);
  const serve = (caseId: string, document: string, on: string, role = 'respondent') =>
    act(caseId, 'service.record', on, {
      document,
      addressee: role === 'respondent' ? '福州市某某科技有限公司' : '张三',
      addresseeRole: role,
      method: 'direct',
      sentOn: on,
      servedOn: on,
      serverId: clerk,
    });
  const assignClerk = (caseId: string) =>
    must(run('case.assignClerk', { caseId, clerkId: clerk }, admin), 'assign clerk');

  const awarded = register('arbitration', '2026-09-01');
  act(awarded, 'arb.accept', '2026-09-02', { simple: false });
  assignClerk(awarded);
  serve(awarded, 'acceptance_notice', '2026-09-03', 'applicant');
  serve(awarded, 'application_copy', '2026-09-03');
  act(awarded, 'arb.evidencePeriod', '2026-09-03', { until: '2026-09-18' });
  act(awarded, 'arb.composeTribunal', '2026-09-04', {
    mode: 'panel',
    presidingId: arbitrators[0],
    memberIds: [arbitrators[1], arbitrators[2]],
  });
  serve(awarded, 'tribunal_notice', '2026-09-07');
  act(awarded, 'arb.defenceFiled', '2026-09-10', { note: '被申请人认为系双方协商解除' });
  act(awarded, 'arb.hearingScheduled', '2026-09-11', {
    hearingDate: '2026-09-22',
    time: '09:30',
    place: '第一仲裁庭',
  });
  act(awarded, 'arb.postponementRequested', '2026-09-14', { reasons: '被申请人的委托代理人另有庭审' });
  act(awarded, 'arb.hearingPostponed', '2026-09-15', {
    hearingDate: '2026-09-24',
    time: '09:30',
    place: '第一仲裁庭',
    reasons: '被申请人申请延期开庭，理由正当',
  });
  serve(awarded, 'hearing_notice', '2026-09-15');
  serve(awarded, 'hearing_notice', '2026-09-15', 'applicant');
  act(awarded, 'arb.suspended', '2026-09-15', {
    reason: '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论',
    approvedBy: '王主任',
  });
  act(awarded, 'arb.resumed', '2026-09-18');
  act(awarded, 'arb.hearingHeld', '2026-09-24', {
    attendance: '申请人及其委托代理人、被申请人的委托代理人到庭参加庭审',
  });
  act(awarded, 'arb.extended', '2026-10-10', {
    days: 15,
    approvedBy: '王主任',
    reasons: '案情复杂，需进一步核实加班事实',
  });
  const el = (templateId: string, side: 'applicant' | 'respondent' | 'findings', data: unknown) =>
    must(
      s.elements.save({ caseId: awarded, templateId, templateVersion: 1, side, data }, admin),
      `${templateId} ${side}`,
    );
  el('unlawful_termination', 'applicant', {
    claimedAmountFen: 12_600_000,
    workerChoice: 'damages',
    noticeDate: '2025-09-30',
    terminationReason: '经营困难，口头辞退',
    provisionRelied: 'other',
    startDate: '2019-03-15',
    endDate: '2025-09-30',
    avgMonthlyWageFen: 900_000,
    cityAvgMonthlyWageFen: 800_000,
    minMonthlyWageFen: 249_000,
  });
  el('unlawful_termination', 'respondent', {
    startDate: { stance: 'deny', value: '2020-03-15' },
    endDate: { stance: 'admit' },
    avgMonthlyWageFen: { stance: 'admit' },
    terminationReason: { stance: 'deny', value: '双方协商一致解除' },
    noticeDate: { stance: 'admit' },
  });
  el('overtime', 'applicant', {
    claimedAmountFen: 1_000_000,
    overtimePeriod: { from: '2025-01-01', to: '2025-09-30' },
    workingHoursSystem: 'standard',
    overtimeBaseFen: 900_000,
    weekdayHours: 120,
    restDayHours: 0,
    holidayHours: 0,
    overtimeMonths: 9,
  });
  el('overtime', 'respondent', {
    weekdayHours: { stance: 'deny', value: 60 },
    overtimeBaseFen: { stance: 'admit' },
  });
  el('overtime', 'findings', [
    {
      key: 'weekdayHours',
      value: 90,
      reason: '考勤记录显示申请人 2025 年 1 月至 9 月工作日延时加班共计 90 小时。',
      evidence: ['考勤记录'],
    },
  ]);
  el('unlawful_termination', 'findings', [
    {
      key: 'startDate',
      value: '2019-03-15',
      reason:
        '申请人提交的劳动合同及社会保险缴费记录载明入职时间为 2019 年 3 月 15 日，被申请人未提交相反证据。',
      evidence: ['劳动合同', '社会保险缴费记录'],
    },
    {
      key: 'terminationReason',
      value: '被申请人以经营困难为由单方解除',
      reason: '被申请人未提交协商解除的书面证据，其主张不予采信。',
      evidence: ['微信聊天记录'],
    },
  ]);
  // A 部分终局 award (reference §3.4): the overtime pay is under 12 × the sample minimum wage (final), the
  // damages are over it (non-final) — so the demo shows the two 裁决书.
  const claims = s.cases.get(awarded);
  const claimId = (type: string) =>
    (claims.ok ? claims.value.claims.find((c) => c.type === type)?.id : undefined) ?? null;
  act(awarded, 'arb.awarded', '2026-10-20', {
    ...awardPayloadFrom(
      [
        {
          claimId: claimId('unlawful_termination'),
          kind: 'damages',
          label: '违法解除劳动合同赔偿金',
          amountFen: 12_600_000,
          dismissed: false,
          text: '被申请人于本裁决生效之日起十日内支付申请人违法解除劳动合同赔偿金126,000.00元',
        },
        {
          claimId: claimId('overtime'),
          kind: 'labor_remuneration',
          label: '加班费',
          amountFen: 1_000_000,
          dismissed: false,
          text: '被申请人于本裁决生效之日起十日内支付申请人2025年1月至9月延时加班费10,000.00元',
        },
      ],
      SAMPLE_MIN_WAGE,
      '被申请人支付申请人违法解除劳动合同赔偿金 126,000.00 元、加班费 10,000.00 元',
    ),
    confirmed: true,
  });
  serve(awarded, 'award', '2026-10-21', 'applicant');
  serve(awarded, 'award', '2026-10-21');
  act(awarded, 'service.record', '2026-10-22', {
    document: 'decision',
    addressee: '福州市某某科技有限公司',
    addresseeRole: 'respondent',
    method: 'public_notice',
    sentOn: '2026-10-22',
    publishedOn: '2026-10-22',
    evidence: '《示例日报》第 3 版',
    serverId: clerk,
  });

  const mediation = register('mediation', '2026-09-01');
  act(mediation, 'med.accept', '2026-09-02');
  act(mediation, 'med.session', '2026-09-05', { summary: '双方就赔偿金额进行协商' });
  act(mediation, 'med.agreement', '2026-09-08', {
    terms:
      '被申请人于 2026 年 9 月 30 日前一次性支付申请人经济补偿 60,000.00 元，双方劳动关系于 2025 年 9 月 30 日解除，再无其他争议。',
    performBy: '2026-09-30',
  });

  const failedMediation = register('mediation', '2026-09-01');
  act(failedMediation, 'med.accept', '2026-09-02');
  act(failedMediation, 'med.failed', '2026-09-16', { reasons: '双方对赔偿金额分歧较大，未能达成调解协议' });

  const notAccepted = register('arbitration', '2026-09-01');
  act(notAccepted, 'arb.notAccepted', '2026-09-04', {
    reasons: '申请人的仲裁请求不属于劳动人事争议处理范围（办案规则第三十条第（一）项）',
  });

  const mediated = register('arbitration', '2026-09-01');
  act(mediated, 'arb.accept', '2026-09-02', { simple: true });
  assignClerk(mediated);
  act(mediated, 'arb.composeTribunal', '2026-09-03', {
    mode: 'sole',
    presidingId: arbitrators[0],
    memberIds: [],
  });
  act(mediated, 'arb.mediated', '2026-09-20', {
    terms: '被申请人于 2026 年 10 月 15 日前支付申请人赔偿金 100,000.00 元；申请人放弃其他仲裁请求。',
  });

  // 案件评查 holds the archive: the demo's 调解书 and services are not all on file (a person makes them from the
  // case page), so the director lets the failing items through with a reason — the demo shows 主任批准放行 too.
  const review = must(s.review.ofCase(mediated, admin), 'review');
  if (review.blocking.length > 0)
    must(
      run(
        'case.reviewOverride',
        {
          caseId: mediated,
          items: review.blocking,
          reason: '示例数据：纸质卷宗中文书及送达回证齐备，电子卷宗另行补录',
          occurredOn: '2026-10-08',
        },
        admin,
      ),
      'review override',
    );
  act(mediated, 'case.archived', '2026-10-08', { volumeNo: '2026-仲-001' });

  return { awarded, mediated, mediation, notAccepted, failedMediation };
}

/** Which sample case and options show each template at its fullest (the 决定书 sample is the suspension decision). */
export function sampleTarget(
  templateId: string,
  kinds: readonly ('mediation' | 'arbitration')[],
  options: readonly { key: string; choices: readonly { value: string }[] }[],
  cases: SampleCases,
): { caseId: string; options: Record<string, string> } {
  const caseId =
    templateId === 'non_acceptance_notice'
      ? cases.notAccepted
      : templateId === 'med_failure_notice'
        ? cases.failedMediation
        : templateId === 'mediation_statement' || templateId === 'file_cover'
          ? cases.mediated
          : kinds.includes('arbitration')
            ? cases.awarded
            : cases.mediation;
  const chosen =
    templateId === 'decision'
      ? { type: 'suspension' }
      : Object.fromEntries(options.map((o) => [o.key, o.choices[0]?.value ?? '']));
  return { caseId, options: chosen };
}
