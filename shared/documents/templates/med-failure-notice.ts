// 调解不成 / 终止调解告知书 (reference §5.1 row 3; law art 14¶3): the date the application was received, the date and
// reason mediation ended, and the parties' right to apply for arbitration. The reason comes from the med.failed
// event (shared/procedure/mediation-actions.ts).

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { caseNumber, committeeName, eventFact, latestEvent, payloadText, reasonText } from './facts';
import { Needs } from './need';
import { noticeModel } from './notice';
import { partiesText, roleNames } from './parties';
import { clause } from './text';

export const medFailureNotice: DocumentTemplate = {
  id: 'med_failure_notice',
  title: '调解不成 / 终止调解告知书',
  group: 'mediation',
  kinds: ['mediation'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, false);
    committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const event = need.value(latestEvent(ctx, ['med.failed']), '调解不成的记录（登记调解不成）');
    const why = eventFact(need, event, (e) => payloadText(e, 'reasons'), '调解不成的原因') ?? '';
    if (event === null || !need.ok) return need.fail();

    const accepted =
      ctx.procedure.acceptedOn === null ? '' : `，于${arabicDate(ctx.procedure.acceptedOn)}受理`;
    return need.done(
      noticeModel(ctx, {
        title: '终止调解告知书',
        caseNo,
        addressees: `申请人${roleNames(ctx, 'applicant')}、被申请人${roleNames(ctx, 'respondent')}`,
        body: [
          paragraph(
            `${partiesText(ctx)}${reason}一案，本调解组织于${arabicDate(ctx.case.receivedDate)}收到调解申请${accepted}。`,
          ),
          paragraph(
            `因${clause(why)}，双方当事人未能达成调解协议，本调解组织于${arabicDate(event.occurredOn)}终止调解。`,
          ),
          paragraph(
            '依照《中华人民共和国劳动争议调解仲裁法》第十四条第三款的规定，自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。当事人可以向劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会申请仲裁（第二十一条）。',
          ),
          paragraph('申请仲裁的时效期间依照《中华人民共和国劳动争议调解仲裁法》第二十七条的规定计算。'),
          paragraph('特此告知。'),
        ],
      }),
    );
  },
};
