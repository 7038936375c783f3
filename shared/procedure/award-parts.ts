// Reading an award event (new or legacy) and splitting it into the 裁决书 it must be written as: final and
// non-final items together are made into two 裁决书, one per part, each with its own remedies (办案规则 第五十条
// [M]); a single 裁决书 mixing both is treated by the courts as non-final (解释一 第二十条), which would take from
// the worker the finality the law gives the final items — so the document layer never writes one.

import {
  AwardPayload,
  LegacyAwardPayload,
  type AwardItem,
  type AwardMinWage,
  type AwardOutcome,
} from './award-payload';

export type AwardRecord = {
  outcome: AwardOutcome;
  summary: string;
  /** null for an award recorded before items existed: its 裁决结果 is the summary's lines. */
  items: readonly AwardItem[] | null;
  minWage: AwardMinWage | null;
  thresholdFen: number | null;
};

/** An arb.awarded payload as the documents read it, or null when it is neither shape. */
export function readAward(payload: unknown): AwardRecord | null {
  const full = AwardPayload.safeParse(payload);
  if (full.success)
    return {
      outcome: full.data.outcome,
      summary: full.data.summary,
      items: full.data.items,
      minWage: full.data.minWage,
      thresholdFen: full.data.thresholdFen,
    };
  const legacy = LegacyAwardPayload.safeParse(payload);
  if (!legacy.success) return null;
  return {
    outcome: legacy.data.final ? 'final' : 'non_final',
    summary: legacy.data.summary,
    items: null,
    minWage: null,
    thresholdFen: null,
  };
}

export type AwardPartKey = 'final' | 'non_final';

/** One 裁决书 of an award: its items (null = legacy, use the summary), whether final, its number suffix. */
export type AwardPart = {
  key: AwardPartKey;
  final: boolean;
  items: readonly AwardItem[] | null;
  /** 1 → '之一', 2 → '之二' when the award is split; null for a single 裁决书. */
  seq: 1 | 2 | null;
};

/** Part one is the final part, part two the non-final one (the order of law arts 47 and 50). */
export const PART_SUFFIX: Readonly<Record<1 | 2, string>> = { 1: '之一', 2: '之二' };

/**
 * The 裁决书 an award is written as: one when every item is final or none is; two when mixed, numbered
 * 之一 (final items) and 之二 (non-final items), which partition the items in their order.
 */
export function awardParts(award: AwardRecord): AwardPart[] {
  if (award.outcome !== 'mixed' || award.items === null) {
    const final = award.outcome === 'final';
    return [{ key: final ? 'final' : 'non_final', final, items: award.items, seq: null }];
  }
  return [
    { key: 'final', final: true, items: award.items.filter((i) => i.final), seq: 1 },
    { key: 'non_final', final: false, items: award.items.filter((i) => !i.final), seq: 2 },
  ];
}
