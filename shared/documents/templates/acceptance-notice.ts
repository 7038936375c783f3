// 受理通知书 (reference §5.1 row 7; law art 29; 办案规则 art 30): to the applicant — the application is accepted,
// sign the 送达回证, the 授权委托书, adding or changing claims before the evidence period expires (2017 rules art 44,
// not the old template's "first hearing"), rights and duties, arbitration is free (law art 53).

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { caseNumber, committeeContact, committeeName, wordingText } from './facts';
import { Needs } from './need';
import { noticeModel } from './notice';
import { principals, roleNames, you } from './parties';

export const acceptanceNotice: DocumentTemplate = {
  id: 'acceptance_notice',
  title: '受理通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    const opening = wordingText(need, 'acceptance_opening', { 申请日期: arabicDate(ctx.case.receivedDate) });
    if (!need.ok) return need.fail();

    const p = you(principals(ctx, 'applicant'));
    const evidence = ctx.procedure.evidenceDeadline;
    const items = [
      `请${p}在收到本通知书时，在送达回证上签名或者盖章。`,
      `${p}委托代理人参加仲裁活动的，应当自收到本通知书之日起十日内向本委提交由委托人签名或者盖章的授权委托书，授权委托书应当载明委托事项和权限（《中华人民共和国劳动争议调解仲裁法》第二十四条）。`,
      `申请人在举证期限届满前可以提出增加或者变更仲裁请求（《劳动人事争议仲裁办案规则》第四十四条）${
        evidence === null ? '，举证期限由仲裁庭另行通知' : `，本案举证期限至${arabicDate(evidence)}届满`
      }。`,
      '当事人在仲裁活动中有申请回避、提供证据、质证和辩论、请求调解、自行和解及撤回仲裁申请等权利，应当遵守仲裁秩序，如实陈述事实，按时参加仲裁活动。',
      '劳动争议仲裁不收费（《中华人民共和国劳动争议调解仲裁法》第五十三条）。',
    ];
    return need.done(
      noticeModel(ctx, {
        title: '受理通知书',
        caseNo,
        addressees: roleNames(ctx, 'applicant'),
        body: [
          paragraph(opening),
          paragraph(`本委已于${arabicDate(accepted)}立案受理，案号为${caseNo}。现将有关事项通知如下：`),
          ...items.map((t, i) => paragraph(`${i + 1}. ${t}`)),
        ],
        contact,
      }),
    );
  },
};
