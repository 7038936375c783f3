// Answers in one claim's 要素表 that cannot all be true (issue 10 item 8). Each becomes a 'contradiction' flag: a
// warning for the tribunal, never a refusal — the calculator still runs on the figures given, and the tribunal
// finds which answer is right. Keys are the element keys of resources/elements/<claim>.json (version 1).

import type { DisputeReason } from '../domain/reference-data';
import type { ApplicantAnswers } from './answers.schema';
import type { ClaimFlag } from './claim-input';
import { answerIs, answerMoney, answerNumber, answerRows, answerText, flag } from './claim-note';
import type { ClaimNote } from './claim-note';

/**
 * 经济补偿 grounds (economic_compensation.json `ground`) that say who ended the contract, with the party that
 * cannot then be the one who proposed it and the item of 劳动合同法 第四十六条 concerned. The other grounds
 * (期满, 破产…, 任务完成, 其他) say nothing about who proposed, so no 解除提出方 contradicts them.
 */
const GROUND_PROPOSER: Readonly<
  Record<
    string,
    { readonly label: string; readonly notBy: 'applicant' | 'respondent'; readonly item: string }
  >
> = {
  mutual_employer_proposed: { label: '用人单位提出、双方协商一致解除', notBy: 'applicant', item: '第二项' },
  art38: { label: '劳动者依第三十八条解除', notBy: 'respondent', item: '第一项' },
  art40: { label: '用人单位依第四十条解除', notBy: 'applicant', item: '第三项' },
  art41: { label: '经济性裁员', notBy: 'applicant', item: '第四项' },
};

const PROPOSER_LABEL = { applicant: '申请人（劳动者）', respondent: '被申请人（用人单位）' } as const;

/** The ground of 经济补偿 against the party said to have proposed the 解除 (劳动合同法 第三十六条、第四十六条). */
export function groundVersusProposer(a: ApplicantAnswers): ClaimFlag | null {
  const ground = answerText(a, 'ground');
  const rule = ground === null ? undefined : GROUND_PROPOSER[ground];
  if (rule === undefined || !answerIs(a, 'proposedBy', rule.notBy)) return null;
  const said = `解除或终止的情形为“${rule.label}”，而解除提出方为${PROPOSER_LABEL[rule.notBy]}`;
  if (ground === 'mutual_employer_proposed')
    return flag(
      'contradiction',
      'proposedBy',
      `${said}：由劳动者提出、双方协商一致解除劳动合同的，用人单位无须支付经济补偿，只有用人单位依第三十六条提出并协商一致解除的才应支付（《劳动合同法》第四十六条第二项）；请核实由哪一方提出，上述金额未据此调整`,
    );
  return flag(
    'contradiction',
    'proposedBy',
    `${said}，两者不能同时成立；请核实劳动合同由哪一方解除（《劳动合同法》第四十六条${rule.item}）`,
  );
}

const CONTRADICTIONS: Partial<Record<DisputeReason, readonly ClaimNote[]>> = {
  economic_compensation: [
    { keys: ['ground', 'proposedBy'], check: groundVersusProposer },
    {
      keys: ['ground', 'noticePayClaimed'],
      check: (a) => {
        const ground = answerText(a, 'ground');
        return answerIs(a, 'noticePayClaimed', true) && ground !== null && ground !== 'art40'
          ? flag(
              'contradiction',
              'noticePayClaimed',
              '主张代通知金，但解除或终止的情形不是“用人单位依第四十条解除”：代通知金仅适用于用人单位依第四十条解除而未提前三十日书面通知的情形（《劳动合同法》第四十条）',
            )
          : null;
      },
    },
    {
      keys: ['ground', 'renewalRefused'],
      check: (a) => {
        const ground = answerText(a, 'ground');
        return answerIs(a, 'renewalRefused', true) && ground !== null && ground !== 'expiry'
          ? flag(
              'contradiction',
              'renewalRefused',
              '填写了用人单位维持或提高条件续订而劳动者不同意，但解除或终止的情形不是“固定期限劳动合同期满终止”；续订条件只在劳动合同期满时影响经济补偿（《劳动合同法》第四十六条第五项），请核实',
            )
          : null;
      },
    },
  ],
  double_wages: [
    {
      keys: ['contractSigned', 'contractSignedDate'],
      check: (a) =>
        answerIs(a, 'contractSigned', false) && answerText(a, 'contractSignedDate') !== null
          ? flag(
              'contradiction',
              'contractSignedDate',
              '填写未签订书面劳动合同，却填写了书面劳动合同签订（补订）日期；上述按所填签订日期计算，请核实（《劳动合同法》第十条、第八十二条）',
            )
          : null,
    },
  ],
  overtime: [
    {
      keys: ['holidayDates', 'holidayHours'],
      check: (a) => {
        const stated = answerNumber(a, 'holidayHours');
        const hours = answerRows(a, 'holidayDates')
          .map((row) => row['hours'])
          .filter((h): h is number => typeof h === 'number' && Number.isFinite(h));
        if (stated === null || hours.length === 0) return null;
        // Hours are typed to at most a few decimals: compare in hundredths so 0.1 + 0.2 equals 0.3.
        const sum = Math.round(hours.reduce((s, h) => s + h, 0) * 100) / 100;
        return Math.abs(sum - stated) < 0.005
          ? null
          : flag(
              'contradiction',
              'holidayHours',
              `法定休假日加班日期逐日填写的小时数合计 ${sum} 小时，与“法定休假日加班小时数” ${stated} 小时不一致；上述按 ${stated} 小时计算，请核对（《劳动法》第四十四条第三项）`,
            );
      },
    },
  ],
  non_compete: [
    {
      keys: ['agreementExists', 'agreedMonthlyCompensationFen'],
      check: (a) =>
        answerIs(a, 'agreementExists', false) && answerMoney(a, 'agreedMonthlyCompensationFen') !== null
          ? flag(
              'contradiction',
              'agreedMonthlyCompensationFen',
              '填写未约定竞业限制，却填写了约定的每月补偿；请核实是否约定了竞业限制条款（《劳动合同法》第二十三条第二款）',
            )
          : null,
    },
  ],
};

export function claimContradictions(claimType: DisputeReason): readonly ClaimNote[] {
  return CONTRADICTIONS[claimType] ?? [];
}
