// 调解书 (reference §5.1 row 24; law art 42, §1.3 A10): the claims and the agreed result (from the arb.mediated
// event), signed by the arbitrator(s), sealed by the committee, effective when both parties sign for it; the date
// in Chinese numerals (§5.3), the 书记员 below it (court style).

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { claimLines } from './claims';
import {
  caseNumber,
  clerkLine,
  committeeName,
  eventFact,
  latestEvent,
  payloadText,
  reasonText,
  sealText,
  tribunalNames,
  tribunalSignature,
} from './facts';
import { Needs } from './need';
import { partiesText, partyBlocks } from './parties';
import { lines, numbered, sentence } from './text';

export const mediationStatement: DocumentTemplate = {
  id: 'mediation_statement',
  title: '调解书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    const committee = committeeName(ctx, need);
    const parties = partyBlocks(ctx, need, 'full');
    const reason = reasonText(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    const claims = claimLines(ctx, need);
    const tribunal = tribunalNames(ctx, need);
    const ev = need.value(latestEvent(ctx, ['arb.mediated']), '调解协议（登记仲裁调解达成协议）');
    const terms = eventFact(need, ev, (e) => payloadText(e, 'terms'), '调解协议的内容') ?? '';
    const clerk = clerkLine(ctx, need);
    if (ev === null || tribunal === null || !need.ok) return need.fail();

    return need.done({
      title: '调解书',
      letterhead: { committeeName: committee, caseNo },
      blocks: [
        ...parties,
        paragraph(
          `${partiesText(ctx)}${reason}一案，申请人于${arabicDate(ctx.case.receivedDate)}向本委申请仲裁，本委于${arabicDate(accepted)}受理。`,
        ),
        paragraph('申请人的仲裁请求：', { indentFirstLine: true }),
        ...claims.map((c) => paragraph(c)),
        paragraph(
          '本案在审理过程中，经仲裁庭主持调解，双方当事人自愿达成如下协议（《中华人民共和国劳动争议调解仲裁法》第四十二条）：',
        ),
        ...numbered(lines(terms)).map((l) => paragraph(sentence(l))),
        paragraph('上述协议系双方当事人真实意思表示，不违反法律、行政法规的强制性规定，本委予以确认。'),
        paragraph('本调解书经双方当事人签收后，即发生法律效力。'),
      ],
      signature: {
        lines: [...tribunalSignature(tribunal), clerk],
        date: ev.occurredOn,
        dateStyle: 'chinese',
        seal: sealText(ctx),
      },
    });
  },
};
