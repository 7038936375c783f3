// Facts in a claim's 要素表 that the calculator does not take but that change what is owed (reference §3.3).
// Each becomes an 'info' flag for the tribunal — the computed amount is never adjusted for them. The keys are the
// element keys of resources/elements/<claim>.json (version 1); a template without the element simply gets no note.

import type { DisputeReason } from '../domain/reference-data';
import { formatFen } from '../format/money';
import type { ApplicantAnswers } from './answers.schema';
import type { ClaimFlag } from './claim-input';

type Note = (a: ApplicantAnswers) => ClaimFlag | null;

const money = (a: ApplicantAnswers, key: string): number | null => {
  const v = Object.hasOwn(a, key) ? a[key] : undefined;
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
};
const is = (a: ApplicantAnswers, key: string, value: string | boolean): boolean =>
  Object.hasOwn(a, key) && a[key] === value;
const info = (key: string, message: string): ClaimFlag => ({ severity: 'info', key, message });

const NOTES: Partial<Record<DisputeReason, readonly Note[]>> = {
  overtime: [
    (a) => {
      const paid = money(a, 'overtimePaidFen');
      return paid === null
        ? null
        : info(
            'overtimePaidFen',
            `申请人填写的已支付加班费 ${formatFen(paid)} 元未在上述计算中扣减，核算差额时应予扣除`,
          );
    },
  ],
  non_compete: [
    (a) => {
      const agreed = money(a, 'agreedMonthlyCompensationFen');
      return agreed === null
        ? null
        : info(
            'agreedMonthlyCompensationFen',
            `双方约定了竞业限制经济补偿（每月 ${formatFen(agreed)} 元）；上述法定标准（月平均工资的 30%，不低于最低工资标准）仅适用于未约定补偿的情形（《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第三十六条）`,
          );
    },
    (a) =>
      is(a, 'complied', false)
        ? info(
            'complied',
            '申请人称未履行竞业限制义务：按月支付补偿以劳动者履行了竞业限制义务为前提（解释一 第三十六条）',
          )
        : null,
  ],
  annual_leave: [
    (a) =>
      is(a, 'refusedInWriting', true)
        ? info(
            'refusedInWriting',
            '劳动者因本人原因书面提出不休年休假的，用人单位可以只支付其正常工作期间的工资收入（《企业职工带薪年休假实施办法》第十条第二款）',
          )
        : null,
  ],
  double_wages: [
    (a) =>
      is(a, 'workerRefusedToSign', true)
        ? info(
            'workerRefusedToSign',
            '用人单位书面通知订立而劳动者不订立书面劳动合同的，依《劳动合同法实施条例》第五条、第六条处理，是否支付二倍工资由仲裁庭认定',
          )
        : null,
  ],
  unlawful_termination: [
    (a) =>
      is(a, 'workerChoice', 'reinstatement')
        ? info(
            'workerChoice',
            '申请人要求继续履行劳动合同：支持继续履行的不再支付赔偿金（《劳动合同法》第四十八条）',
          )
        : null,
  ],
  economic_compensation: [
    (a) =>
      is(a, 'renewalRefused', true)
        ? info(
            'renewalRefused',
            '用人单位维持或者提高劳动合同约定条件续订而劳动者不同意续订的，劳动合同期满终止不支付经济补偿（《劳动合同法》第四十六条第五项）',
          )
        : null,
  ],
  work_injury: [
    () =>
      info(
        'claimedAmountFen',
        '此处只核算一次性伤残补助金（《工伤保险条例》第三十五条至第三十七条）；一次性工伤医疗补助金、伤残就业补助金按省级标准另行核算',
      ),
  ],
};

export function claimNotes(claimType: DisputeReason, answers: ApplicantAnswers): ClaimFlag[] {
  return (NOTES[claimType] ?? []).map((note) => note(answers)).filter((f): f is ClaimFlag => f !== null);
}
