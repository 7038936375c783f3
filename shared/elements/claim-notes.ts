// Facts in a claim's 要素表 that the calculator does not take but that change what is owed (reference §3.3), and
// answers that contradict each other (claim-contradictions.ts). Each becomes a flag for the tribunal — the computed
// amount is never adjusted for them. The keys are the element keys of resources/elements/<claim>.json (version 1);
// a template without the element simply gets no note. Every note lists the keys it reads (`keys`), so a test can
// prove that each element whose help says it changes the amount is either a calculator input or read here.

import type { DisputeReason } from '../domain/reference-data';
import { formatFen } from '../format/money';
import type { ApplicantAnswers } from './answers.schema';
import { claimContradictions } from './claim-contradictions';
import type { ClaimFlag } from './claim-input';
import { answerIs, answerMoney, answerNumber, answerText, flag } from './claim-note';
import type { ClaimNote } from './claim-note';

const info = (key: string, message: string): ClaimFlag => flag('info', key, message);
const when = (key: string, value: string | boolean, message: string): ClaimNote => ({
  keys: [key],
  check: (a) => (answerIs(a, key, value) ? info(key, message) : null),
});

/** 条例 第四条第三项至第五项: sick leave (months) that takes away the year's leave, by cumulative years. */
function sickLeaveBar(cumulativeYears: number): number | null {
  if (cumulativeYears < 1) return null; // no leave to lose (第二条、第三条)
  if (cumulativeYears < 10) return 2;
  if (cumulativeYears < 20) return 3;
  return 4;
}

const NOT_ADJUSTED = '上述金额未据此调整，由仲裁庭认定';

const NOTES: Partial<Record<DisputeReason, readonly ClaimNote[]>> = {
  overtime: [
    {
      keys: ['overtimePaidFen'],
      check: (a) => {
        const paid = answerMoney(a, 'overtimePaidFen');
        return paid === null
          ? null
          : info(
              'overtimePaidFen',
              `申请人填写的已支付加班费 ${formatFen(paid)} 元未在上述计算中扣减，核算差额时应予扣除`,
            );
      },
    },
    when(
      'workingHoursSystem',
      'flexible',
      `实行不定时工作制的，不执行加班工资的规定（《工资支付暂行规定》第十三条；不定时工作制须经劳动行政部门批准，《劳动法》第三十九条）；上述按所填小时数计算，${NOT_ADJUSTED}`,
    ),
    when(
      'workingHoursSystem',
      'comprehensive',
      '实行综合计算工时工作制的，综合计算周期内总实际工作时间超过总法定标准工作时间的部分视为延长工作时间（《工资支付暂行规定》第十三条）；上述按所填小时数分类计算，请按综合计算周期核对',
    ),
  ],
  non_compete: [
    {
      keys: ['agreedMonthlyCompensationFen'],
      check: (a) => {
        const agreed = answerMoney(a, 'agreedMonthlyCompensationFen');
        return agreed === null
          ? null
          : info(
              'agreedMonthlyCompensationFen',
              `双方约定了竞业限制经济补偿（每月 ${formatFen(agreed)} 元）；上述法定标准（月平均工资的 30%，不低于最低工资标准）仅适用于未约定补偿的情形（《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第三十六条）`,
            );
      },
    },
    when(
      'complied',
      false,
      '申请人称未履行竞业限制义务：按月支付补偿以劳动者履行了竞业限制义务为前提（解释一 第三十六条）',
    ),
    when(
      'agreementExists',
      false,
      `申请人称未约定竞业限制：未约定竞业限制条款的，劳动者不负竞业限制义务，不产生竞业限制经济补偿（《劳动合同法》第二十三条第二款）；${NOT_ADJUSTED}`,
    ),
    {
      keys: ['compensationPaidFen'],
      check: (a) => {
        const paid = answerMoney(a, 'compensationPaidFen');
        return paid === null
          ? null
          : info(
              'compensationPaidFen',
              `申请人填写的已支付竞业限制补偿 ${formatFen(paid)} 元未在上述计算中扣减，核算差额时应予扣除`,
            );
      },
    },
  ],
  annual_leave: [
    when(
      'refusedInWriting',
      true,
      '劳动者因本人原因书面提出不休年休假的，用人单位可以只支付其正常工作期间的工资收入（《企业职工带薪年休假实施办法》第十条第二款）',
    ),
    when(
      'twelveMonths',
      false,
      `申请人称未连续工作满十二个月：职工连续工作满 12 个月以上的才享受带薪年休假（《企业职工带薪年休假实施办法》第三条）；${NOT_ADJUSTED}`,
    ),
    when(
      'longVacation',
      true,
      `依法享受寒暑假且休假天数多于年休假天数的，不享受当年的年休假（《职工带薪年休假条例》第四条第一项）；${NOT_ADJUSTED}`,
    ),
    when(
      'personalLeave20',
      true,
      `请事假累计 20 天以上且单位按照规定不扣工资的，不享受当年的年休假（《职工带薪年休假条例》第四条第二项）；${NOT_ADJUSTED}`,
    ),
    {
      keys: ['sickLeaveMonths', 'cumulativeYears'],
      check: (a) => {
        const sick = answerNumber(a, 'sickLeaveMonths');
        const years = answerNumber(a, 'cumulativeYears');
        const bar = years === null ? null : sickLeaveBar(years);
        return sick === null || bar === null || sick < bar
          ? null
          : info(
              'sickLeaveMonths',
              `累计工作 ${years} 年、当年请病假累计 ${sick} 个月（${bar} 个月以上）的，不享受当年的年休假（《职工带薪年休假条例》第四条第三项至第五项）；${NOT_ADJUSTED}`,
            );
      },
    },
  ],
  double_wages: [
    when(
      'workerRefusedToSign',
      true,
      '用人单位书面通知订立而劳动者不订立书面劳动合同的，依《劳动合同法实施条例》第五条、第六条处理，是否支付二倍工资由仲裁庭认定',
    ),
    {
      keys: ['contractSigned', 'contractSignedDate'],
      check: (a) =>
        answerIs(a, 'contractSigned', true) && answerText(a, 'contractSignedDate') === null
          ? flag(
              'missing_input',
              'contractSignedDate',
              '填写已签订书面劳动合同，但未填写签订（补订）日期：上述按未签订书面劳动合同计算，请补填签订日期（《劳动合同法实施条例》第六条）',
            )
          : null,
    },
    {
      keys: ['priorContractExpiry', 'renewedInWriting'],
      check: (a) => {
        const expiry = answerText(a, 'priorContractExpiry');
        return expiry === null || answerIs(a, 'renewedInWriting', true)
          ? null
          : info(
              'priorContractExpiry',
              `原劳动合同于 ${expiry} 期满后继续用工而未以书面形式续订的，是否支付二倍工资、自何时起算各地做法不一（《劳动合同法》第八十二条）；上述自所填用工之日起计算，由仲裁庭认定`,
            );
      },
    },
  ],
  unlawful_termination: [
    when(
      'workerChoice',
      'reinstatement',
      '申请人要求继续履行劳动合同：支持继续履行的不再支付赔偿金（《劳动合同法》第四十八条）',
    ),
  ],
  economic_compensation: [
    when(
      'renewalRefused',
      true,
      '用人单位维持或者提高劳动合同约定条件续订而劳动者不同意续订的，劳动合同期满终止不支付经济补偿（《劳动合同法》第四十六条第五项）',
    ),
    {
      keys: ['ground', 'proposedBy'],
      check: (a) =>
        answerIs(a, 'ground', 'mutual_employer_proposed') && answerText(a, 'proposedBy') === null
          ? flag(
              'missing_input',
              'proposedBy',
              '协商一致解除的，由用人单位提出的才支付经济补偿，由劳动者提出的不支付（《劳动合同法》第三十六条、第四十六条第二项）；未填写解除提出方，请查明',
            )
          : null,
    },
    when(
      'noticePayClaimed',
      true,
      '代通知金（额外支付的一个月工资，按上一个月的工资标准确定，《劳动合同法》第四十条、《劳动合同法实施条例》第二十条）不属于经济补偿，上述核算未包含；请求金额中含代通知金的，应另行列明',
    ),
    {
      keys: ['mergedService', 'priorEmployerPaid'],
      check: (a) => {
        if (!answerIs(a, 'mergedService', true)) return null;
        return answerIs(a, 'priorEmployerPaid', true)
          ? info(
              'priorEmployerPaid',
              '原用人单位已支付经济补偿的，原用人单位的工作年限不再合并计算（《劳动合同法实施条例》第十条）；入职时间应为到本单位工作之日',
            )
          : info(
              'mergedService',
              '劳动者非因本人原因从原用人单位被安排到新用人单位工作的，原用人单位的工作年限合并计算（《劳动合同法实施条例》第十条）：上述工作年限自所填入职时间起算，合并计算的，入职时间应填写在原用人单位的入职时间',
            );
      },
    },
  ],
  work_injury: [
    {
      keys: ['claimedMedicalSubsidyFen', 'claimedEmploymentSubsidyFen', 'claimedOtherFen'],
      check: () =>
        info(
          'claimedAmountFen',
          '此处只核算一次性伤残补助金（《工伤保险条例》第三十五条至第三十七条）；一次性工伤医疗补助金、伤残就业补助金按省级标准另行核算',
        ),
    },
  ],
};

/** The notes and contradiction checks of a claim type (contradictions first). */
export function claimNoteList(claimType: DisputeReason): readonly ClaimNote[] {
  return [...claimContradictions(claimType), ...(NOTES[claimType] ?? [])];
}

export function claimNotes(claimType: DisputeReason, answers: ApplicantAnswers): ClaimFlag[] {
  return claimNoteList(claimType)
    .map((note) => note.check(answers))
    .filter((f): f is ClaimFlag => f !== null);
}
