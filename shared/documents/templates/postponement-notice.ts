// 延期开庭通知书 (reference §5.1 row 12; law art 35, §1.3 A8): the hearing first set (the schedule before the latest
// arb.hearingPostponed event), the reason for postponing, and the new date, time and place, with the consequences
// of absence (law art 36).

import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import {
  caseNumber,
  committeeContact,
  committeeName,
  eventFact,
  hearingOf,
  liveEvents,
  payloadText,
  reasonText,
} from './facts';
import { HEARING_DUTIES } from './hearing-notice';
import { Needs } from './need';
import { ABSENCE_CONSEQUENCE, noticeModel } from './notice';
import { partiesText, roleNames } from './parties';
import { clause, dateTimeText } from './text';

export const postponementNotice: DocumentTemplate = {
  id: 'postponement_notice',
  title: '延期开庭通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const schedule = liveEvents(ctx, ['arb.hearingScheduled', 'arb.hearingPostponed']);
    const lastIndex = schedule.map((e) => e.type).lastIndexOf('arb.hearingPostponed');
    const postponed = lastIndex === -1 ? null : (schedule[lastIndex] ?? null);
    const next = need.value(hearingOf(postponed), '延期后的开庭时间和地点（决定延期开庭）');
    const why = eventFact(need, postponed, (e) => payloadText(e, 'reasons'), '延期开庭的理由') ?? '';
    const first = lastIndex > 0 ? (schedule[lastIndex - 1] ?? null) : null;
    const before = postponed === null ? null : need.value(hearingOf(first), '原定开庭时间');
    if (next === null || before === null || !need.ok) return need.fail();

    return need.done(
      noticeModel(ctx, {
        title: '延期开庭通知书',
        caseNo,
        addressees: `申请人${roleNames(ctx, 'applicant')}、被申请人${roleNames(ctx, 'respondent')}`,
        body: [
          paragraph(
            `${partiesText(ctx)}${reason}一案，原定于${dateTimeText(before.date, before.time)}开庭审理。因${clause(why)}，依照《中华人民共和国劳动争议调解仲裁法》第三十五条的规定，本委决定延期开庭。`,
          ),
          paragraph(
            `现改定于${dateTimeText(next.date, next.time)}在${next.place}开庭审理，请双方当事人准时到庭。`,
          ),
          paragraph(`1. ${HEARING_DUTIES}`),
          paragraph(`2. ${ABSENCE_CONSEQUENCE.applicant}`),
          paragraph(`3. ${ABSENCE_CONSEQUENCE.respondent}`),
          paragraph('特此通知。'),
        ],
        contact,
      }),
    );
  },
};
