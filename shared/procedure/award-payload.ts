import { z } from 'zod';
import { FINAL_AWARD_ITEM_KIND_CODES, isMoneyKind } from '../calc/final-award';
import { Fen, IsoDate, RequiredText } from '../schema/primitives';

/**
 * What an award (arb.awarded) records (reference §3.4, §3.5 item 9–10; law arts 47–50): each awarded item with the
 * kind the 终局 test reads, its amount and its 主文 line, the test's answer per item, the minimum wage the test
 * used, and the tribunal's confirmation. The core re-runs the test (award-check.ts) and refuses a payload that
 * disagrees with it, so what is stored is what the law gives.
 *
 * A dismissed item (驳回) stays in the award's 主文 ("驳回申请人关于…的仲裁请求"). A dismissed money item
 * (劳动报酬、工伤医疗费、经济补偿、赔偿金) has amount 0 and so is final under law art 47(1): 解释一 第十九条 tests
 * "每项确定的数额" — the amount the award fixes, not the amount claimed — and 0 ≤ 12 × the minimum wage. The
 * claimed amount is therefore not what decides; a dismissed non-money item (确认劳动关系) stays non-final
 * because its kind is not listed in art 47 at all.
 */
export const AwardItem = z
  .object({
    /**
     * The case's claim this item decides; null for an item not among the registered claims (e.g. amended). The
     * core checks it is one of the case's claims.
     */
    claimId: z.string().min(1).max(64).nullable(),
    kind: z.enum(FINAL_AWARD_ITEM_KIND_CODES, { message: '请选择裁决事项类型' }),
    label: RequiredText(50),
    /** Awarded amount in fen: required for the four money kinds (0 when dismissed), else null. */
    amountFen: Fen.nullable(),
    dismissed: z.boolean(),
    /** The 主文 line, e.g. '被申请人于本裁决生效之日起十日内支付申请人加班费12,000.00元'. */
    text: RequiredText(500),
    final: z.boolean(),
    reason: RequiredText(300),
  })
  .superRefine((it, ctx) => {
    if (!isMoneyKind(it.kind)) return;
    if (it.amountFen === null)
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: `请填写“${it.label}”的裁决金额` });
    else if (it.dismissed && it.amountFen !== 0)
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: `“${it.label}”已驳回，裁决金额应为 0` });
    else if (!it.dismissed && it.amountFen === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['amountFen'],
        message: `“${it.label}”裁决金额为 0 的，请勾选“驳回”`,
      });
  });
export type AwardItem = z.output<typeof AwardItem>;

export const AWARD_OUTCOMES = [
  { code: 'final', label: '终局裁决' },
  { code: 'non_final', label: '非终局裁决' },
  { code: 'mixed', label: '部分终局裁决' },
] as const;
export type AwardOutcome = (typeof AWARD_OUTCOMES)[number]['code'];
export const awardOutcomeLabel = (o: AwardOutcome): string =>
  AWARD_OUTCOMES.find((x) => x.code === o)?.label ?? o;

/** The outcome of a list of tested items: all final, none final, or both (→ two 裁决书, 办案规则 第五十条). */
export function outcomeOf(items: readonly { final: boolean }[]): AwardOutcome {
  const finals = items.filter((i) => i.final).length;
  return finals === items.length ? 'final' : finals === 0 ? 'non_final' : 'mixed';
}

/** The minimum wage the test used: amount, region and the day its standard took effect (regional params). */
export const AwardMinWage = z.object({
  amountFen: Fen.refine((v) => v > 0, { message: '最低工资标准须大于零' }),
  region: RequiredText(50),
  effectiveFrom: IsoDate,
});
export type AwardMinWage = z.output<typeof AwardMinWage>;

export const AwardPayload = z
  .object({
    /**
     * True only when every item is final. Kept because awards recorded before items existed carry only this flag
     * and the deadline rules read it (resources/deadline-rules: arb.employer_revoke requires final: true).
     */
    final: z.boolean(),
    outcome: z.enum(['final', 'non_final', 'mixed']),
    /** A short summary for the case timeline; the 裁决书's 裁决结果 is made of the items' lines. */
    summary: RequiredText(2000),
    items: z.array(AwardItem).min(1, { message: '请至少填写一项裁决事项' }).max(100),
    minWage: AwardMinWage,
    /** 12 × minWage.amountFen, as the test computed it. */
    thresholdFen: Fen,
    confirmed: z.literal(true, { message: '请确认各裁决事项的终局/非终局判断' }),
  })
  .superRefine((p, ctx) => {
    const outcome = outcomeOf(p.items);
    if (p.outcome !== outcome)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: '裁决性质与各事项的终局判断不一致' });
    if (p.final !== (outcome === 'final'))
      ctx.addIssue({ code: 'custom', path: ['final'], message: '“终局裁决”须且仅须在各事项均为终局时勾选' });
  });
export type AwardPayload = z.output<typeof AwardPayload>;
export type AwardPayloadInput = z.input<typeof AwardPayload>;

/** An award recorded before the per-item test existed (events are append-only, so these stay readable). */
export const LegacyAwardPayload = z.object({ final: z.boolean(), summary: z.string() });
