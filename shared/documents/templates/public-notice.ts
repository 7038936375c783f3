// 送达公告 (reference §5.1 row 16; 民诉法 art 95; shared/procedure/service.ts PUBLIC_NOTICE_DAYS): the documents
// served by public notice on the addressee (the service records with method 公告送达 and the latest publication
// date), deemed served thirty days after publication; the 答辩期 and the hearing when those documents are among them.

import { SERVED_DOCUMENTS } from '../../procedure/service';
import type { DocumentTemplate } from '../context';
import { paragraph, type Block } from '../model';
import { optionValue } from './claims';
import { caseNumber, committeeContact, committeeName, currentHearing, reasonText } from './facts';
import { ADDRESSEES } from './hearing-notice';
import { Needs } from './need';
import { ABSENCE_CONSEQUENCE, noticeModel } from './notice';
import { partiesText, principals, roleNames, you } from './parties';
import { dateTimeText, names } from './text';

export const publicNotice: DocumentTemplate = {
  id: 'public_notice',
  title: '送达公告',
  group: 'arbitration',
  kinds: ['arbitration'],
  options: [
    {
      key: 'addressee',
      label: '受送达人',
      required: false,
      choices: [
        { value: 'respondent', label: '被申请人' },
        { value: 'applicant', label: '申请人' },
      ],
    },
  ],
  build(ctx) {
    const need = new Needs(ctx);
    const role = optionValue(ctx, need, {
      key: 'addressee',
      label: '受送达人',
      allowed: ADDRESSEES,
      fallback: 'respondent',
    });
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const records = ctx.services.filter((s) => s.method === 'public_notice' && s.addresseeRole === role);
    const published =
      records
        .map((s) => s.publishedOn ?? s.sentOn)
        .sort()
        .at(-1) ?? null;
    need.value(published, '公告送达的记录（登记送达时选择公告送达）');
    const batch = records.filter((s) => (s.publishedOn ?? s.sentOn) === published).map((s) => s.document);
    const hearing = batch.includes('hearing_notice') ? currentHearing(ctx, need) : null;
    if (role === null || published === null || !need.ok) return need.fail();

    const p = you(principals(ctx, role));
    const labels = [...new Set(batch)].map((d) => SERVED_DOCUMENTS.find((x) => x.code === d)?.label ?? d);
    const extra: Block[] = [];
    if (batch.includes('application_copy')) {
      extra.push(
        paragraph(
          `${p}应当自公告期满之日起十日内向本委提交答辩书，逾期不提交的，不影响仲裁程序的进行（《中华人民共和国劳动争议调解仲裁法》第三十条）。`,
        ),
      );
    }
    if (hearing !== null) {
      extra.push(
        paragraph(
          `本案定于${dateTimeText(hearing.date, hearing.time)}在${hearing.place}开庭审理。${ABSENCE_CONSEQUENCE[role]}`,
        ),
      );
    }
    return need.done(
      noticeModel(ctx, {
        title: '送达公告',
        caseNo,
        addressees: roleNames(ctx, role),
        body: [
          paragraph(
            `本委受理的${partiesText(ctx)}${reason}一案，因${p}下落不明，或者用其他方式无法送达，依照《中华人民共和国民事诉讼法》第九十五条的规定，向${p}公告送达${names(labels)}。自本公告发出之日起，经过三十日，即视为送达。`,
          ),
          ...extra,
          paragraph(`${p}可以在公告期间到本委领取上述文书。`),
          paragraph('特此公告。'),
        ],
        contact,
        date: published,
      }),
    );
  },
};
