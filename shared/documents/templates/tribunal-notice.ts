// 仲裁庭组成通知书 (reference §5.1 row 11; law arts 31–33, §1.3 A6–A6a): the members, the 首席 or the 独任
// arbitrator, and the parties' right to request recusal on the grounds of law art 33.

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { chineseCount, paragraph } from '../model';
import {
  caseNumber,
  committeeContact,
  committeeName,
  reasonText,
  tribunalNames,
  tribunalText,
} from './facts';
import { Needs } from './need';
import { noticeModel, RECUSAL_GROUNDS } from './notice';
import { partiesText, roleNames } from './parties';

export const tribunalNotice: DocumentTemplate = {
  id: 'tribunal_notice',
  title: '仲裁庭组成通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const tribunal = tribunalNames(ctx, need);
    if (tribunal === null || !need.ok) return need.fail();

    const composition =
      tribunal.mode === 'sole'
        ? `本委决定适用简易处理，由仲裁员${tribunal.presiding}独任审理。`
        : `本委决定由${tribunalText(tribunal)}组成仲裁庭，由${tribunal.presiding}担任首席仲裁员。`;
    return need.done(
      noticeModel(ctx, {
        title: '仲裁庭组成通知书',
        caseNo,
        addressees: `申请人${roleNames(ctx, 'applicant')}、被申请人${roleNames(ctx, 'respondent')}`,
        body: [
          paragraph(
            `${partiesText(ctx)}${reason}一案，依照《中华人民共和国劳动争议调解仲裁法》第三十一条、第三十二条的规定，${composition}仲裁庭于${arabicDate(tribunal.composedOn)}组成。`,
          ),
          paragraph('仲裁员有下列情形之一的，应当回避，当事人也有权以口头或者书面方式提出回避申请：'),
          ...RECUSAL_GROUNDS.map((g, i) =>
            paragraph(`（${chineseCount(i + 1)}）${g}${i === RECUSAL_GROUNDS.length - 1 ? '。' : '；'}`),
          ),
          paragraph(
            '当事人提出回避申请的，应当说明理由，在案件开始审理时提出；回避事由在案件开始审理后知道的，也可以在庭审辩论终结前提出。本委对回避申请应当及时作出决定，并以口头或者书面方式通知当事人（《中华人民共和国劳动争议调解仲裁法》第三十三条）。',
          ),
          paragraph('特此通知。'),
        ],
        contact,
      }),
    );
  },
};
