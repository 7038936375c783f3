// 调解申请书 / 口头申请记录 (reference §5.1 row 1; law art 12): the applicant's details, the matters in dispute, the
// reasons and the time. An oral application is recorded on the spot by the mediation body and signed by the
// applicant and the recorder. A party's document: Arabic date (§5.3, GB/T 9704 7.3.5.4).

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph, type Block } from '../model';
import { claimLines, optionValue } from './claims';
import { caseNumber, committeeName, eventFact, latestEvent, staffName } from './facts';
import { Needs } from './need';
import { partyBlocks, principals } from './parties';
import { lines } from './text';

const FORMS = ['written', 'oral'] as const;

export const medApplication: DocumentTemplate = {
  id: 'med_application',
  title: '调解申请书 / 口头申请记录',
  group: 'mediation',
  kinds: ['mediation'],
  options: [
    {
      key: 'form',
      label: '申请方式',
      required: true,
      choices: [
        { value: 'written', label: '书面申请（调解申请书）' },
        { value: 'oral', label: '口头申请（口头申请记录）' },
      ],
    },
  ],
  build(ctx) {
    const need = new Needs(ctx);
    const form = optionValue(ctx, need, {
      key: 'form',
      label: '申请方式',
      allowed: FORMS,
      fallback: 'written',
    });
    const caseNo = caseNumber(ctx, need, false);
    const body = committeeName(ctx, need);
    const parties = partyBlocks(ctx, need, 'basic');
    const claims = claimLines(ctx, need, '调解请求事项');
    const facts = need.text(ctx.case.summary, '事实和理由（案情摘要）');
    // 记录人 of an oral application (reference §5.1 row 1): whoever recorded its receipt, not whoever prints it.
    const recorder =
      form === 'oral'
        ? eventFact(
            need,
            need.value(latestEvent(ctx, ['case.received']), '收件登记的记录'),
            (e) => (e.actorId === null ? null : staffName(ctx, need, e.actorId, '记录人')),
            '记录人（收件登记的登记人）',
          )
        : null;
    if (form === null || !need.ok) return need.fail();

    const received = arabicDate(ctx.case.receivedDate);
    const blocks: Block[] = [];
    if (form === 'oral') {
      blocks.push(paragraph(`申请人于${received}到本调解组织口头申请调解，现将申请内容记录如下：`));
    }
    blocks.push(
      ...parties,
      paragraph('申请事项：', { indentFirstLine: false }),
      ...claims.map((c) => paragraph(c)),
      paragraph('事实和理由：', { indentFirstLine: false }),
      ...lines(facts).map((l) => paragraph(l)),
    );
    if (form === 'oral') {
      blocks.push(paragraph('以上记录已向申请人宣读（或交申请人阅看），申请人确认无误。'));
    } else {
      blocks.push(
        paragraph('此致', { indentFirstLine: true }),
        paragraph(body, { align: 'left', indentFirstLine: false }),
      );
    }
    const applicantNames = principals(ctx, 'applicant').map((p) => p.name);
    return need.done({
      title: form === 'oral' ? '口头申请记录' : '调解申请书',
      letterhead: { committeeName: body, caseNo },
      blocks,
      signature: {
        lines: [
          ...applicantNames.map((name) => ({ role: '申请人', name })),
          ...(recorder === null ? [] : [{ role: '记录人', name: recorder }]),
        ],
        date: ctx.case.receivedDate,
        dateStyle: 'arabic',
      },
    });
  },
};
