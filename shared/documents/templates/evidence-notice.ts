// 举证通知书 (reference §5.1 row 10; law art 6; 办案规则 arts 13–15 [M], art 44; §1.3 A7–A7a): the burden of proof,
// the evidence period set by the tribunal (arb.evidencePeriod), the consequences of late evidence, and amending
// claims before the period expires.

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { caseNumber, committeeContact, committeeName, reasonText } from './facts';
import { Needs } from './need';
import { noticeModel } from './notice';
import { partiesText, roleNames } from './parties';

export const evidenceNotice: DocumentTemplate = {
  id: 'evidence_notice',
  title: '举证通知书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const until = need.text(ctx.procedure.evidenceDeadline, '举证期限（指定举证期限）');
    if (!need.ok) return need.fail();

    const items = [
      '当事人对自己提出的主张，有责任提供证据。与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；用人单位不提供的，应当承担不利后果（《中华人民共和国劳动争议调解仲裁法》第六条）。',
      `本案举证期限至${arabicDate(until)}届满。当事人应当在举证期限届满前向本委提交证据，并附证据清单，写明证据名称、来源、证明对象和页数；提交复印件的，开庭时应当携带原件备核。`,
      '当事人在举证期限内提交证据确有困难的，可以在期限届满前书面申请延长，由仲裁庭决定。',
      '当事人逾期提交证据的，应当说明理由；拒不说明理由或者理由不成立的，仲裁庭可以不予采纳该证据，或者采纳该证据但予以训诫（《劳动人事争议仲裁办案规则》第十五条）。',
      '申请人在举证期限届满前可以提出增加或者变更仲裁请求；举证期限届满后提出的，应当另行申请仲裁（《劳动人事争议仲裁办案规则》第四十四条）。',
      '证人出庭作证的，当事人应当在举证期限届满前提出申请，写明证人的姓名、住址和证明事项。',
    ];
    return need.done(
      noticeModel(ctx, {
        title: '举证通知书',
        caseNo,
        addressees: `申请人${roleNames(ctx, 'applicant')}、被申请人${roleNames(ctx, 'respondent')}`,
        body: [
          paragraph(`${partiesText(ctx)}${reason}一案，现将举证事项通知如下：`),
          ...items.map((t, i) => paragraph(`${i + 1}. ${t}`)),
        ],
        contact,
      }),
    );
  },
};
