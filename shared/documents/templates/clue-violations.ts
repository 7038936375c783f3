// The default "suspected violations" of a 线索移送函 (issue 13 item 5), from the claims: a claim whose subject is a
// matter 劳动保障监察 enforces (《劳动保障监察条例》第十一条 — wages, working hours and rest, written contracts,
// social insurance) is named as the violation it suggests, with the claim's own words in brackets. A claim with
// no such matter (违法解除赔偿金, 确认劳动关系 …) is a civil dispute for the committee, not a clue, and is left out.

import type { DocContext } from '../context';

const VIOLATION_OF: Readonly<Record<string, string>> = {
  wage_arrears: '涉嫌克扣或者无故拖欠劳动者工资报酬',
  overtime: '涉嫌安排劳动者加班加点未依法支付加班工资',
  annual_leave: '涉嫌未依法安排劳动者休年休假或者支付未休年休假工资报酬',
  double_wages: '涉嫌未依法与劳动者订立书面劳动合同',
  social_insurance: '涉嫌未依法参加社会保险或者缴纳社会保险费',
  work_injury: '涉嫌未依法参加工伤保险或者支付工伤保险待遇',
};

/** One line per suspected violation, in the claims' order, each violation once; empty when no claim suggests one. */
export function defaultViolations(ctx: Pick<DocContext, 'case'>): string[] {
  const claims = [...ctx.case.claims].sort((a, b) => a.sortOrder - b.sortOrder);
  const out = new Map<string, string[]>();
  for (const c of claims) {
    const v = VIOLATION_OF[c.type];
    if (v === undefined) continue;
    const what = c.description?.trim().replace(/[。；，]+$/, '') ?? '';
    const list = out.get(v) ?? [];
    if (what !== '') list.push(what);
    out.set(v, list);
  }
  return [...out].map(([v, claimsOf]) => (claimsOf.length === 0 ? v : `${v}（${claimsOf.join('；')}）`));
}

/** The user's text split into its lines (numbering the user typed is dropped, the letter numbers them itself). */
export const violationLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) =>
      l
        .trim()
        .replace(/^(\d+[.、．]|[（(]\d+[)）])\s*/, '')
        .replace(/[。；]+$/, ''),
    )
    .filter((l) => l !== '');
