// The common shape of the committee's notices (reference §5.1 rows 7–12, 16): letterhead with the committee's name,
// title, 案号 under the title, the addressee, the body, the committee's seal over a Chinese-numeral date (§5.3:
// notices follow the committee template, which writes Chinese dates), and the committee's address and phone.

import type { DocContext } from '../context';
import { paragraph, type Block, type DocModel } from '../model';
import { sealText } from './facts';

export type NoticeParts = {
  title: string;
  caseNo: string;
  /** Names of the addressees, written as '张三：' above the body. */
  addressees: string;
  body: Block[];
  /** '附：…' lines after the body. */
  attachments?: readonly string[];
  /** The committee's address and phone, for the footer note. */
  contact?: { address: string; phone: string };
  /** The seal date, default the document's date. */
  date?: string;
};

/** A notice under the committee's seal. */
export function noticeModel(ctx: DocContext, parts: NoticeParts): DocModel {
  const blocks: Block[] = [
    paragraph(`${parts.addressees}：`, { align: 'left', indentFirstLine: false }),
    ...parts.body,
  ];
  if (parts.attachments !== undefined && parts.attachments.length > 0) {
    blocks.push(paragraph(`附：${parts.attachments.join('；')}`));
  }
  const model: DocModel = {
    title: parts.title,
    letterhead: { committeeName: ctx.committee.name.trim(), caseNo: parts.caseNo },
    blocks,
    signature: { lines: [], date: parts.date ?? ctx.date, dateStyle: 'chinese', seal: sealText(ctx) },
  };
  if (parts.contact !== undefined) {
    model.footerNote = `本委地址：${parts.contact.address}\n联系电话：${parts.contact.phone}`;
  }
  return model;
}

/** The recusal grounds of law art 33, told to the parties with the tribunal's composition. */
export const RECUSAL_GROUNDS: readonly string[] = [
  '是本案当事人或者当事人、代理人的近亲属的',
  '与本案有利害关系的',
  '与本案当事人、代理人有其他关系，可能影响公正裁决的',
  '私自会见当事人、代理人，或者接受当事人、代理人的请客送礼的',
];

/** Law art 36: what follows when a duly notified party stays away from the hearing. */
export const ABSENCE_CONSEQUENCE = {
  applicant:
    '申请人收到书面开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请（《中华人民共和国劳动争议调解仲裁法》第三十六条）。',
  respondent:
    '被申请人收到书面开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决（《中华人民共和国劳动争议调解仲裁法》第三十六条）。',
} as const;

/** Law art 35: a party with good reason may ask for postponement three days before the hearing. */
export const POSTPONEMENT_RULE =
  '当事人有正当理由的，可以在开庭三日前请求延期开庭，是否延期，由本委决定（《中华人民共和国劳动争议调解仲裁法》第三十五条）。';
