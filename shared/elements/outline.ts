// 争议焦点 and 庭审提纲 from the element comparison (reference §3.1: undisputed elements are confirmed directly at
// the hearing, disputed ones examined, free of the rigid 调查 → 辩论 sequence; §3.5 item 6 for the award).
// Both take one comparison or several (base + each claim's template), in the order given.

import type { ComparisonResult, ElementComparison } from './compare';

type Results = ComparisonResult | readonly ComparisonResult[];
const list = (r: Results): readonly ComparisonResult[] => ('elements' in r ? [r] : r);

/** '被申请人主张 2023-05-01', or what the respondent did instead. */
function respondentSide(e: ElementComparison): string {
  return e.respondentValue === null ? '被申请人不认可，但未提出主张' : `被申请人主张 ${e.respondentText}`;
}

const noteText = (e: ElementComparison): string => (e.note === null ? '' : `（被申请人意见：${e.note}）`);

/** One line per disputed element: '关于入职时间：申请人主张 2023-03-01，被申请人主张 2023-05-01'. */
export function disputeFocus(results: Results): string[] {
  return list(results).flatMap((r) =>
    r.elements
      .filter((e) => e.state === 'disputed')
      .map((e) => `关于${e.label}：申请人主张 ${e.applicantText}，${respondentSide(e)}${noteText(e)}`),
  );
}

export interface OutlineItem {
  readonly key: string;
  readonly label: string;
  /** What the tribunal asks at the hearing about this element. */
  readonly question: string;
  readonly applicant: string;
  readonly respondent: string;
}

export interface OutlineGroup {
  /** '经济补偿 · 计算要素': template title and group label. */
  readonly heading: string;
  readonly items: readonly OutlineItem[];
}

export interface OutlineSection {
  readonly kind: 'disputed' | 'not_addressed';
  readonly heading: string;
  readonly groups: readonly OutlineGroup[];
}

export interface HearingOutline {
  /** How many elements are confirmed directly, without examination. */
  readonly agreedCount: number;
  readonly intro: string;
  /** Disputed elements first, then (under their own heading) those not yet addressed; empty sections omitted. */
  readonly sections: readonly OutlineSection[];
}

function question(e: ElementComparison): string {
  if (e.state === 'disputed')
    return `请双方围绕“${e.label}”举证、质证并发表意见：申请人主张 ${e.applicantText}，${respondentSide(e)}`;
  if (e.applicantValue === null) return `请申请人明确“${e.label}”，并请被申请人发表意见`;
  return `请被申请人对申请人主张的“${e.label}”（${e.applicantText}）明确表示认可或不认可`;
}

function groupsOf(results: readonly ComparisonResult[], state: ElementComparison['state']): OutlineGroup[] {
  const groups: OutlineGroup[] = [];
  for (const r of results) {
    const byGroup = new Map<string, OutlineItem[]>();
    for (const e of r.elements) {
      if (e.state !== state) continue;
      const heading = `${r.templateTitle} · ${e.group}`;
      const items = byGroup.get(heading) ?? [];
      items.push({
        key: e.key,
        label: e.label,
        question: question(e),
        applicant: e.applicantText,
        respondent: e.respondentText,
      });
      byGroup.set(heading, items);
    }
    for (const [heading, items] of byGroup) groups.push({ heading, items });
  }
  return groups;
}

const NUMERALS = ['一', '二'];

/** 庭审提纲: ONLY the disputed elements, then the not-addressed ones under a separate heading. */
export function hearingOutline(results: Results): HearingOutline {
  const all = list(results);
  const agreedCount = all.reduce((n, r) => n + r.summary.agreed, 0);
  const sections: OutlineSection[] = [];
  const disputed = groupsOf(all, 'disputed');
  const notAddressed = groupsOf(all, 'not_addressed');
  if (disputed.length > 0)
    sections.push({ kind: 'disputed', heading: '争议要素（逐项举证、质证、辩论）', groups: disputed });
  if (notAddressed.length > 0)
    sections.push({
      kind: 'not_addressed',
      heading: '未答辩或未填写的要素（当庭核实）',
      groups: notAddressed,
    });
  return {
    agreedCount,
    intro: `双方无争议的要素共 ${agreedCount} 项，当庭直接确认，不再调查。`,
    sections: sections.map((s, i) => ({ ...s, heading: `${NUMERALS[i] ?? String(i + 1)}、${s.heading}` })),
  };
}
