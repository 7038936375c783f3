// 调解协议书 (reference §5.1 row 2; law art 14): parties, facts, the agreed terms and the performance deadline; signed
// or sealed by both parties, signed by the mediator and sealed by the mediation body, it then takes effect. The
// terms come from the med.agreement event (shared/procedure/mediation-actions.ts).

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import {
  caseNumber,
  committeeName,
  eventFact,
  latestEvent,
  payloadText,
  reasonText,
  sealText,
} from './facts';
import { Needs } from './need';
import { partiesText, partyBlocks, principals } from './parties';
import { lines, looseDate, numbered, sentence } from './text';

export const medAgreement: DocumentTemplate = {
  id: 'med_agreement',
  title: '调解协议书',
  group: 'mediation',
  kinds: ['mediation'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, false);
    const body = committeeName(ctx, need);
    const parties = partyBlocks(ctx, need, 'application');
    const reason = reasonText(ctx, need);
    const facts = need.text(ctx.case.summary, '争议事实（案情摘要）');
    const event = need.value(latestEvent(ctx, ['med.agreement']), '调解协议（登记达成调解协议）');
    const terms = eventFact(need, event, (e) => payloadText(e, 'terms'), '调解协议的内容') ?? '';
    const mediator = eventFact(need, event, (e) => e.actorName, '主持调解的调解员') ?? '';
    if (event === null || !need.ok) return need.fail();

    const performBy = payloadText(event, 'performBy');
    const signers = (role: 'applicant' | 'respondent', label: string) =>
      principals(ctx, role).map((p) => ({ role: label, name: p.name }));
    return need.done({
      title: '调解协议书',
      letterhead: { committeeName: body, caseNo },
      blocks: [
        ...parties,
        paragraph(
          `${partiesText(ctx)}${reason}一案，申请人于${arabicDate(ctx.case.receivedDate)}向本调解组织申请调解。`,
        ),
        paragraph('争议事实：', { indentFirstLine: false }),
        ...lines(facts).map((l) => paragraph(l)),
        paragraph('经本调解组织主持调解，双方当事人自愿达成如下协议：'),
        ...numbered(lines(terms)).map((l) => paragraph(sentence(l))),
        ...(performBy === null ? [] : [paragraph(`履行期限：${looseDate(performBy)}前履行完毕。`)]),
        paragraph(
          '本协议书经双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行（《中华人民共和国劳动争议调解仲裁法》第十四条）。',
        ),
        paragraph(
          '达成调解协议后，一方当事人在协议约定期限内不履行调解协议的，另一方当事人可以依法申请仲裁（第十五条）。因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令（第十六条）。',
        ),
        paragraph('本协议书一式三份，双方当事人各执一份，本调解组织存档一份。'),
      ],
      signature: {
        lines: [
          ...signers('applicant', '申请人'),
          ...signers('respondent', '被申请人'),
          { role: '调解员', name: mediator },
        ],
        date: event.occurredOn,
        dateStyle: 'chinese',
        seal: sealText(ctx),
      },
    });
  },
};
