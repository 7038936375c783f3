// A notice produced after the event it announces (issue 10 item 2): not refused — a late notice may still be
// needed for the file — but the user is warned and must confirm before it is generated or printed. Pure: reads
// the folded procedure, the document's date and the case's deadlines from the DocContext.

import type { DocContext } from './context';

type TimingInput = Pick<DocContext, 'procedure' | 'date' | 'deadlines'>;

const LAW = '《中华人民共和国劳动争议调解仲裁法》';

/** Notices that tell the parties about a step still to come; none makes sense once the case has ended. */
const NOTICE_TITLES: Readonly<Record<string, string>> = {
  acceptance_notice: '受理通知书',
  respondent_notice: '应诉通知书',
  evidence_notice: '举证通知书',
  tribunal_notice: '仲裁庭组成通知书',
  hearing_notice: '开庭通知书',
  postponement_notice: '延期开庭通知书',
};

function closed(title: string, c: TimingInput): string[] {
  const on = c.procedure.closedOn;
  return on === null ? [] : [`案件已于 ${on} 结案，${title}所通知的程序已经结束`];
}

/** "开庭日期 2026-10-13 已过" / "… 就是今天" — a hearing notice is due five days before the hearing (law art 35). */
function hearingPassed(what: string, c: TimingInput): string[] {
  const h = c.procedure.hearingDate;
  if (h === null || c.date < h) return [];
  const when = c.date === h ? '就是今天' : '已过';
  return [`${what} ${h} ${when}，开庭通知应在开庭五日前送达（${LAW}第三十五条）`];
}

/** Served today the notice would miss the strict last day of the arb.hearing_notice deadline (reference §2.4). */
function hearingNoticeLate(c: TimingInput): string[] {
  const h = c.procedure.hearingDate;
  const d = c.deadlines.find((x) => x.ruleId === 'arb.hearing_notice');
  if (h === null || c.date >= h || d?.dueDate == null || d.status === 'met' || c.date <= d.dueDate) return [];
  return [
    `开庭通知最迟应于 ${d.dueDate} 送达（开庭前五个工作日），今天（${c.date}）生成已晚于该日，请核实能否如期开庭（${LAW}第三十五条）`,
  ];
}

const RULES: Readonly<Record<string, (c: TimingInput) => string[]>> = {
  hearing_notice: (c) => [...hearingPassed('开庭日期', c), ...hearingNoticeLate(c)],
  postponement_notice: (c) => hearingPassed('改定的开庭日期', c),
  tribunal_notice: (c) => [
    ...(c.procedure.hearingHeld
      ? [`本案已经开庭审理，仲裁庭组成通知应在开庭前送达，以便当事人申请回避（${LAW}第三十二条、第三十三条）`]
      : []),
    ...(c.procedure.recusalPending ? ['回避申请尚未作出决定，仲裁庭的组成可能变更'] : []),
  ],
  evidence_notice: (c) => {
    const until = c.procedure.evidenceDeadline;
    return until !== null && c.date > until ? [`举证期限已于 ${until} 届满`] : [];
  },
  respondent_notice: (c) => {
    const filed = c.procedure.defenceFiledOn;
    return filed === null ? [] : [`已于 ${filed} 收到答辩书，应诉通知书告知的答辩期已经过去`];
  },
};

/** Warnings to confirm before producing this document now; empty when its timing is unremarkable. */
export function timingWarnings(templateId: string, c: TimingInput): string[] {
  const title = NOTICE_TITLES[templateId];
  return [...(title === undefined ? [] : closed(title, c)), ...(RULES[templateId]?.(c) ?? [])];
}
