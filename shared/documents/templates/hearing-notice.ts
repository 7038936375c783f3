// 开庭通知书 (reference §5.1 row 12; law arts 35–36, §1.3 A8–A9): the hearing's date, time and place (from the latest
// arb.hearingScheduled / arb.hearingPostponed event), served at least five days ahead, and what follows a party's
// absence (law art 36). One notice per addressee: the option picks the applicant's or the respondent's.

import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { optionValue } from './claims';
import { caseNumber, committeeContact, committeeName, currentHearing, reasonText } from './facts';
import { Needs } from './need';
import { ABSENCE_CONSEQUENCE, noticeModel, POSTPONEMENT_RULE } from './notice';
import { partiesText, principals, roleNames, you } from './parties';
import { dateTimeText } from './text';

export const ADDRESSEE_OPTION = {
  key: 'addressee',
  label: '受通知人',
  required: true,
  choices: [
    { value: 'applicant', label: '申请人' },
    { value: 'respondent', label: '被申请人' },
  ],
} as const;

export const ADDRESSEES = ['applicant', 'respondent'] as const;

/** What every party brings to a hearing. */
export const HEARING_DUTIES =
  '当事人应当携带身份证明（用人单位携带营业执照复印件、法定代表人身份证明书）、授权委托书及证据原件准时到庭；开庭时应当遵守仲裁庭纪律。';

export const hearingNotice: DocumentTemplate = {
  id: 'hearing_notice',
  title: '开庭通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  options: [ADDRESSEE_OPTION],
  build(ctx) {
    const need = new Needs(ctx);
    const addressee = optionValue(ctx, need, { key: 'addressee', label: '受通知人', allowed: ADDRESSEES });
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const hearing = currentHearing(ctx, need);
    if (addressee === null || hearing === null || !need.ok) return need.fail();

    const p = you(principals(ctx, addressee));
    return need.done(
      noticeModel(ctx, {
        title: '开庭通知书',
        caseNo,
        addressees: roleNames(ctx, addressee),
        body: [
          paragraph(
            `${partiesText(ctx)}${reason}一案，本委定于${dateTimeText(hearing.date, hearing.time)}在${hearing.place}开庭审理，请${p}准时到庭。`,
          ),
          paragraph(`1. ${HEARING_DUTIES}`),
          paragraph(`2. ${ABSENCE_CONSEQUENCE[addressee]}`),
          paragraph(`3. ${POSTPONEMENT_RULE}`),
          paragraph('特此通知。'),
        ],
        contact,
      }),
    );
  },
};
