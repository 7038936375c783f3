// Which 裁决书 of an award is being written (reference §3.4, §3.5 items 3, 9, 10; §1.3 A17–A19): an award whose
// items are all final or all non-final is one 裁决书; a 部分终局 award is two, 之一 with the final items and 之二
// with the non-final ones (办案规则 第五十条 [M]), each under the same 案号 with its suffix — the way courts number
// several rulings in one case — each with only its own claims, items and remedies, and each naming the other.
// A single 裁决书 mixing both would be treated as non-final (解释一 第二十条), so it is never produced: a mixed award
// without a chosen part is a missing choice, not a document.

import { disputeReasonLabel } from '../../domain/reference-data';
import {
  awardParts,
  PART_SUFFIX,
  readAward,
  type AwardPart,
  type AwardPartKey,
} from '../../procedure/award-parts';
import type { CaseEvent } from '../../domain/case/case.schema';
import type { DocContext } from '../context';
import { claimLines } from './claims';
import { amount } from './facts';
import type { Needs } from './need';

export const AWARD_PART_OPTION = {
  key: 'part',
  label: '裁决书部分',
  required: false,
  choices: [
    { value: 'final', label: '之一：终局裁决事项' },
    { value: 'non_final', label: '之二：非终局裁决事项' },
  ],
} as const;

const RULES_50 = '《劳动人事争议仲裁办案规则》第五十条';

export type AwardDocPart = AwardPart & {
  /** The 案号 of this 裁决书 (with 之一 / 之二 when split). */
  caseNo: string;
  /** The other 裁决书's 案号 when split, else null. */
  otherNo: string | null;
  summary: string;
};

/** The part of the award this document is, or null after recording what is missing. */
export function awardPartOf(
  ctx: DocContext,
  need: Needs,
  event: CaseEvent | null,
  baseNo: string,
): AwardDocPart | null {
  if (event === null) return null;
  const award = need.value(readAward(event.payload), '裁决结果（登记作出裁决）');
  if (award === null) return null;
  const parts = awardParts(award);
  const raw = Object.hasOwn(ctx.options, 'part') ? ctx.options['part'] : undefined;
  const chosen = raw === undefined || raw === '' ? null : (raw as AwardPartKey);
  if (parts.length === 2) {
    const part = parts.find((p) => p.key === chosen);
    if (part === undefined) {
      need.miss(
        `文书选项：${AWARD_PART_OPTION.label}（本案为部分终局裁决，须分别生成“之一：终局裁决事项”和“之二：非终局裁决事项”两份裁决书，${RULES_50}）`,
        '#/documents',
      );
      return null;
    }
    const other = parts.find((p) => p !== part);
    return {
      ...part,
      caseNo: `${baseNo}${part.seq === null ? '' : PART_SUFFIX[part.seq]}`,
      otherNo: other?.seq == null ? null : `${baseNo}${PART_SUFFIX[other.seq]}`,
      summary: award.summary,
    };
  }
  const only = parts[0];
  if (only === undefined) return null;
  if (chosen !== null) {
    need.miss(
      `文书选项：${AWARD_PART_OPTION.label}（本裁决${only.final ? '均为终局裁决事项' : '均为非终局裁决事项'}，只制作一份裁决书，请不选此项）`,
      '#/documents',
    );
    return null;
  }
  return { ...only, caseNo: baseNo, otherNo: null, summary: award.summary };
}

/** Claim types this part decides (for its calculations and provisions); every type for a single 裁决书. */
export function partClaimTypes(ctx: DocContext, part: AwardDocPart): (type: string) => boolean {
  if (part.seq === null || part.items === null) return () => true;
  const ids = new Set(part.items.map((i) => i.claimId));
  const types = new Set(ctx.case.claims.filter((c) => ids.has(c.id)).map((c) => c.type));
  return (type) => types.has(type);
}

/**
 * §3.5 item 3: the claims as numbered lines — all of them for a single 裁决书; for one part, the claims its items
 * decide and any item that is not one of the registered claims, by its label.
 */
export function partClaimLines(ctx: DocContext, need: Needs, part: AwardDocPart): string[] {
  if (part.seq === null || part.items === null) return claimLines(ctx, need);
  const claims = [...ctx.case.claims].sort((a, b) => a.sortOrder - b.sortOrder);
  const ids = new Set(part.items.map((i) => i.claimId));
  const texts = [
    ...claims
      .filter((c) => ids.has(c.id))
      .map((c) => {
        const what = c.description?.trim() || disputeReasonLabel(c.type);
        const money = c.amountFen === null ? '' : `，金额${amount(ctx, c.amountFen)}`;
        return `${what.replace(/[。；]$/, '')}${money}`;
      }),
    ...part.items
      .filter((i) => i.claimId === null || !claims.some((c) => c.id === i.claimId))
      .map((i) => i.label),
  ];
  return texts.map((t, i) => `${i + 1}. ${t}。`);
}

/** §3.5 item 9: the 主文 lines of this 裁决书 — its items' lines, or a legacy award's summary lines. */
export const partResultLines = (part: AwardDocPart): string[] =>
  part.items === null ? part.summary.split(/\r?\n/) : part.items.map((i) => i.text);

/** For a split award: which 裁决书 this is, what it holds, and where the rest was decided. */
export function partStatement(part: AwardDocPart): string | null {
  if (part.seq === null || part.otherNo === null) return null;
  return part.final
    ? `本裁决书为本案终局裁决事项的裁决书；本案非终局裁决事项，本委另行作出${part.otherNo}裁决书（${RULES_50}）。`
    : `本裁决书为本案非终局裁决事项的裁决书；本案终局裁决事项，本委另行作出${part.otherNo}裁决书（${RULES_50}）。`;
}
