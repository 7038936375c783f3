// 应诉通知书 (reference §5.1 row 9; law art 30, §1.3 A4–A5b): served with the copy of the application — 答辩书 within
// ten days of receipt (failing to file does not stop the proceedings), the evidence period, the 反申请 during the
// 答辩期, the 法定代表人身份证明书 and 授权委托书, rights and duties.

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { chineseCount, paragraph } from '../model';
import { caseNumber, committeeContact, committeeName, reasonText } from './facts';
import { Needs } from './need';
import { noticeModel } from './notice';
import { principals, roleNames, you } from './parties';

export const respondentNotice: DocumentTemplate = {
  id: 'respondent_notice',
  title: '应诉通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    if (!need.ok) return need.fail();

    const respondents = principals(ctx, 'respondent');
    const p = you(respondents);
    const copies = chineseCount(Math.max(1, principals(ctx, 'applicant').length) + 1);
    const evidence = ctx.procedure.evidenceDeadline;
    const employer = respondents.some((r) => r.kind === 'employer');
    const items = [
      `${p}应当自收到仲裁申请书副本之日起十日内向本委提交答辩书（一式${copies}份）。${p}未提交答辩书的，不影响仲裁程序的进行（《中华人民共和国劳动争议调解仲裁法》第三十条）。`,
      evidence === null
        ? `${p}应当在仲裁庭指定的举证期限内提交证据，举证期限另行通知。`
        : `${p}应当在${arabicDate(evidence)}前向本委提交证据；与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供，不提供的，应当承担不利后果（《中华人民共和国劳动争议调解仲裁法》第六条）。`,
      `${p}对申请人提出反申请的，应当在答辩期内提出（《劳动人事争议仲裁办案规则》第三十六条）。`,
      ...(employer
        ? [
            '用人单位应当提交营业执照复印件、法定代表人（主要负责人）身份证明书；委托代理人参加仲裁活动的，应当提交授权委托书，载明委托事项和权限（《中华人民共和国劳动争议调解仲裁法》第二十四条）。',
          ]
        : [
            '委托代理人参加仲裁活动的，应当提交授权委托书，载明委托事项和权限（《中华人民共和国劳动争议调解仲裁法》第二十四条）。',
          ]),
      '当事人在仲裁活动中有申请回避、提供证据、质证和辩论、请求调解、自行和解等权利，应当遵守仲裁秩序，如实陈述事实，按时参加仲裁活动。',
    ];
    return need.done(
      noticeModel(ctx, {
        title: '应诉通知书',
        caseNo,
        addressees: roleNames(ctx, 'respondent'),
        body: [
          paragraph(
            `申请人${roleNames(ctx, 'applicant')}与${p}${reason}一案，本委已于${arabicDate(accepted)}立案受理。现将仲裁申请书副本送达${p}，并将有关事项通知如下：`,
          ),
          ...items.map((t, i) => paragraph(`${i + 1}. ${t}`)),
        ],
        attachments: ['仲裁申请书副本一份'],
        contact,
      }),
    );
  },
};
