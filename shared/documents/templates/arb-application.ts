// 仲裁申请书 (reference §5.1 row 4; law art 28): the worker's name, sex, domicile; the employer's name, domicile and
// legal representative with post; the claims with facts and reasons; copies as many as there are respondents.
// Built from the intake data; before acceptance it may carry the provisional number (§5.2). A party's document:
// Arabic date (§5.3).

import type { DocumentTemplate } from '../context';
import { chineseCount, paragraph } from '../model';
import { claimLines } from './claims';
import { caseNumber, committeeName } from './facts';
import { Needs } from './need';
import { partyBlocks, principals } from './parties';
import { lines } from './text';

export const arbApplication: DocumentTemplate = {
  id: 'arb_application',
  title: '仲裁申请书',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, false);
    const body = committeeName(ctx, need);
    const parties = partyBlocks(ctx, need, 'application');
    const claims = claimLines(ctx, need);
    const facts = need.text(ctx.case.summary, '事实和理由（案情摘要）');
    if (!need.ok) return need.fail();

    const copies = Math.max(1, principals(ctx, 'respondent').length);
    return need.done({
      title: '仲裁申请书',
      letterhead: { committeeName: body, caseNo },
      blocks: [
        ...parties,
        paragraph('仲裁请求：', { indentFirstLine: false }),
        ...claims.map((c) => paragraph(c)),
        paragraph('事实和理由：', { indentFirstLine: false }),
        ...lines(facts).map((l) => paragraph(l)),
        paragraph('此致'),
        paragraph(body, { align: 'left', indentFirstLine: false }),
        paragraph(`附：本申请书副本${chineseCount(copies)}份。`, { indentFirstLine: false }),
      ],
      signature: {
        lines: principals(ctx, 'applicant').map((p) => ({ role: '申请人', name: p.name })),
        date: ctx.case.receivedDate,
        dateStyle: 'arabic',
      },
    });
  },
};
