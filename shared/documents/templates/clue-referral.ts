// 劳动保障监察线索移送函 (issue 13 item 5, 裁审衔接 and 监察): when a case shows that the employer may be breaking
// labour law in a way 劳动保障监察 enforces, the committee hands the clue to the inspectorate. From the case: the
// employer (name, 统一社会信用代码, 住所), the case number, the committee and the date; the suspected violations are
// what the user types (option `violations`), by default those the claims suggest (clue-violations.ts).

import type { DocumentTemplate } from '../context';
import { paragraph, type Block } from '../model';
import { optionText } from './claims';
import { defaultViolations, violationLines } from './clue-violations';
import { caseNumber, committeeContact, committeeName, needsOfficialNumber, reasonText } from './facts';
import { Needs } from './need';
import { noticeModel } from './notice';
import { partiesOfKind, roleNames } from './parties';

/** Where the letter goes when the user names no inspectorate. */
export const DEFAULT_RECIPIENT = '劳动保障监察机构';

export const clueReferral: DocumentTemplate = {
  id: 'clue_referral',
  title: '劳动保障监察线索移送函',
  group: 'common',
  kinds: ['mediation', 'arbitration'],
  options: [
    {
      key: 'recipient',
      label: '移送机关',
      required: false,
      input: 'text',
      choices: [],
      placeholder: `留空则写“${DEFAULT_RECIPIENT}”`,
    },
    {
      key: 'violations',
      label: '涉嫌违法行为（每行一项）',
      required: false,
      input: 'text',
      choices: [],
      placeholder: '留空则按请求事项列出',
    },
  ],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, needsOfficialNumber(ctx));
    committeeName(ctx, need);
    const contact = committeeContact(ctx, need);
    const reason = reasonText(ctx, need);
    const employer = partiesOfKind(ctx, 'employer')[0];
    if (employer === undefined) need.miss('用人单位（当事人）');
    const typed = violationLines(optionText(ctx, 'violations'));
    const violations = typed.length > 0 ? typed : defaultViolations(ctx);
    if (violations.length === 0) need.miss('文书选项：涉嫌违法行为（请求事项中没有可移送的事项，请填写）');
    if (employer === undefined || !need.ok) return need.fail();

    const recipient = optionText(ctx, 'recipient') || DEFAULT_RECIPIENT;
    const who = [
      `名称：${employer.name}`,
      ...(employer.creditCode ? [`统一社会信用代码：${employer.creditCode}`] : []),
      ...(employer.address ? [`住所：${employer.address}`] : []),
    ];
    const body: Block[] = [
      paragraph(
        `本委在办理申请人${roleNames(ctx, 'applicant')}与被申请人${roleNames(ctx, 'respondent')}${reason}一案（${caseNo}）中，发现下列用人单位可能存在违反劳动保障法律、法规或者规章的行为：`,
      ),
      ...who.map((t) => paragraph(t)),
      paragraph('涉嫌违法行为：'),
      ...violations.map((v, i) => paragraph(`${i + 1}. ${v}。`)),
      paragraph(
        '上述事项属于劳动保障监察的范围（《劳动保障监察条例》第十一条）。现将该线索移送你单位，请依法调查处理，并将处理结果函告本委。',
      ),
    ];
    return need.done(
      noticeModel(ctx, {
        title: '劳动保障监察线索移送函',
        caseNo,
        addressees: recipient,
        body,
        attachments: ['案件相关材料复印件'],
        contact,
      }),
    );
  },
};
