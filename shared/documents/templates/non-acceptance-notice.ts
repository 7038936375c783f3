// 不予受理通知书 (reference §5.1 row 8; law art 29; 办案规则 art 30, §1.3 A2–A2a): the reasons, in writing, and the
// applicant's right to sue. The reasons come from the arb.notAccepted event. Issued before acceptance, so the case
// may carry only its provisional number (§5.2).

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { caseNumber, committeeName, eventFact, latestEvent, payloadText, reasonText } from './facts';
import { Needs } from './need';
import { noticeModel } from './notice';
import { principals, roleNames, you } from './parties';
import { clause } from './text';

export const nonAcceptanceNotice: DocumentTemplate = {
  id: 'non_acceptance_notice',
  title: '不予受理通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, false);
    committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const event = need.value(latestEvent(ctx, ['arb.notAccepted']), '不予受理的决定（登记不予受理）');
    const why = eventFact(need, event, (e) => payloadText(e, 'reasons'), '不予受理的理由') ?? '';
    if (!need.ok) return need.fail();

    const p = you(principals(ctx, 'applicant'));
    return need.done(
      noticeModel(ctx, {
        title: '不予受理通知书',
        caseNo,
        addressees: roleNames(ctx, 'applicant'),
        body: [
          paragraph(
            `${p}于${arabicDate(ctx.case.receivedDate)}向本委提出的与${roleNames(ctx, 'respondent')}${reason}的仲裁申请，本委经审查认为：${clause(why)}。`,
          ),
          paragraph(
            '依照《中华人民共和国劳动争议调解仲裁法》第二十九条、《劳动人事争议仲裁办案规则》第三十条的规定，本委决定不予受理。',
          ),
          paragraph(
            `${p}对本委不予受理的决定不服的，可以就该劳动争议事项向人民法院提起诉讼（《中华人民共和国劳动争议调解仲裁法》第二十九条）。`,
          ),
          paragraph('特此通知。'),
        ],
      }),
    );
  },
};
