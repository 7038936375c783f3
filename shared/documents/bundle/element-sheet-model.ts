// 要素表 for the court bundle (issue 13 item 5): one document per 要素式 template the case used, both sides'
// sheets side by side (the comparison of shared/elements/compare.ts: each disputable element with the applicant's
// value, the respondent's answer and whether it is disputed) and the tribunal's findings on it. Identity fields
// (names, ID numbers) are not 要素 and are in the parties' documents instead.

import type { ComparisonResult, ElementState } from '../../elements';
import type { DocContext } from '../context';
import { heading, paragraph, type Block, type DocModel } from '../model';

const STATE_LABEL: Readonly<Record<ElementState, string>> = {
  agreed: '无争议',
  disputed: '有争议',
  // Not addressed covers 未答辩 and an element the applicant left empty: neither side has settled it yet.
  not_addressed: '未确认',
};

/** True when either side filled anything in, so an untouched template is not sent as an empty sheet. */
export const hasSheetData = (c: ComparisonResult): boolean =>
  c.elements.some((e) => e.applicantValue !== null || e.stance !== null);

export function elementSheetModel(ctx: DocContext, c: ComparisonResult): DocModel {
  const findings = ctx.findings.filter((f) => f.templateId === c.templateId);
  const blocks: Block[] = [
    paragraph(
      `${c.templateTitle}：共${c.elements.length}项要素，其中无争议${c.summary.agreed}项，有争议${c.summary.disputed}项，未确认${c.summary.notAddressed}项。`,
    ),
    {
      kind: 'table',
      header: ['要素', '申请人填写', '被申请人意见', '状态'],
      columnWidths: [24, 30, 30, 16],
      rows: c.elements.map((e) => [
        `${e.group === '' ? '' : `${e.group}：`}${e.label}`,
        e.applicantText,
        e.respondentText,
        { text: STATE_LABEL[e.state], align: 'center' },
      ]),
    },
  ];
  if (findings.length > 0) {
    blocks.push(heading(1, '仲裁庭认定'));
    findings.forEach((f, i) =>
      blocks.push(
        paragraph(
          `${i + 1}. ${f.label}：${f.value}。理由：${f.reason}${f.evidence === '' ? '' : `（证据：${f.evidence}）`}`,
        ),
      ),
    );
  }
  return {
    title: `要素表\n（${c.templateTitle}）`,
    letterhead: {
      committeeName: ctx.committee.name.trim(),
      caseNo: ctx.case.officialNo ?? ctx.case.provisionalNo,
    },
    blocks,
  };
}
