// Running the 终局裁决 test for an award (reference §3.4; 调解仲裁法 第四十七条; 解释一 第十九条) the same way in the
// form (live, for the tribunal to confirm) and in the core (to refuse a payload that disagrees with it).

import { z } from 'zod';
import { finalAwardTest, type FinalAwardItemKind, type FinalAwardResult } from '../calc/final-award';
import { paramInForce, type RegionalParam } from '../domain/regional-params';
import { fenText } from '../calc/text';
import type { AwardMinWage, AwardPayload } from './award-payload';
import { outcomeOf } from './award-payload';

/**
 * Which day's minimum wage the test uses. The law says "当地月最低工资标准" without a date and the reference marks
 * the date rule as local [M] (§3.4, §9 item 7). Default: the award date — the award is made, and a final award
 * takes effect, on that day (law art 47), so the standard in force then is the one the award applies. The other
 * rules are here so a committee whose province says otherwise can be given its rule as data.
 */
export const MIN_WAGE_DATE_RULES = [
  { code: 'award_date', label: '裁决作出之日' },
  { code: 'accepted_date', label: '受理之日' },
  { code: 'received_date', label: '收到仲裁申请之日' },
] as const;
export type MinWageDateRule = (typeof MIN_WAGE_DATE_RULES)[number]['code'];
export const DEFAULT_MIN_WAGE_DATE_RULE: MinWageDateRule = 'award_date';
/** The committee's choice (setting `award.minWageDateRule`), validated where it is stored and read. */
export const MinWageDateRuleSchema = z.enum(
  MIN_WAGE_DATE_RULES.map((r) => r.code) as [MinWageDateRule, ...MinWageDateRule[]],
  { message: '请选择终局判断所用最低工资标准的日期' },
);
export const minWageDateRuleLabel = (rule: MinWageDateRule): string =>
  MIN_WAGE_DATE_RULES.find((r) => r.code === rule)?.label ?? rule;

export function minWageDate(
  rule: MinWageDateRule,
  dates: { awardOn: string; acceptedOn: string | null; receivedOn: string },
): string {
  if (rule === 'accepted_date') return dates.acceptedOn ?? dates.awardOn;
  if (rule === 'received_date') return dates.receivedOn;
  return dates.awardOn;
}

/** The minimum wage in force on `date` with its region and effective date, or null when none is set. */
export function minWageOn(params: readonly RegionalParam[], date: string): AwardMinWage | null {
  const p = paramInForce(params, 'minMonthlyWageFen', date);
  return p === null ? null : { amountFen: p.amountFen, region: p.region, effectiveFrom: p.effectiveFrom };
}

/** The Chinese message when no minimum wage is in force: where to enter it. */
export const missingMinWageMessage = (date: string): string =>
  `未找到 ${date} 适用的月最低工资标准，无法判断是否终局裁决；请在“设置 › 地区参数”中录入本地月最低工资标准`;

export type AwardItemDraft = {
  kind: FinalAwardItemKind;
  label: string;
  amountFen: number | null;
};

/** The test over the items as entered (money items without an amount count as 0 until filled in). */
export function testAwardItems(minWageFen: number, items: readonly AwardItemDraft[]): FinalAwardResult {
  return finalAwardTest({
    minMonthlyWageFen: minWageFen,
    items: items.map((it) => ({
      kind: it.kind,
      label: it.label,
      ...(it.amountFen === null ? {} : { amountFen: it.amountFen }),
    })),
  });
}

/**
 * The core's check (Chinese reason, or null): the payload's minimum wage must be the one in force, its threshold
 * 12 × that wage, each item's final flag and reason the test's, and the outcome follow from the items.
 */
export function awardDisagreement(payload: AwardPayload, inForce: AwardMinWage): string | null {
  const w = payload.minWage;
  if (
    w.amountFen !== inForce.amountFen ||
    w.effectiveFrom !== inForce.effectiveFrom ||
    w.region !== inForce.region
  )
    return `所用最低工资标准（${w.region} ${fenText(w.amountFen)}，${w.effectiveFrom} 起）与裁决日适用的标准（${inForce.region} ${fenText(inForce.amountFen)}，${inForce.effectiveFrom} 起）不一致`;
  const test = testAwardItems(inForce.amountFen, payload.items);
  if (payload.thresholdFen !== test.thresholdFen)
    return `终局裁决限额应为 12 × 月最低工资标准 = ${fenText(test.thresholdFen)}，提交的限额为 ${fenText(payload.thresholdFen)}`;
  for (const [i, it] of payload.items.entries()) {
    const t = test.items[i];
    if (t === undefined) continue;
    if (it.final !== t.final)
      return `第${i + 1}项“${it.label}”应为${t.final ? '终局' : '非终局'}：${t.reason}`;
    if (it.reason !== t.reason) return `第${i + 1}项“${it.label}”的判断理由应为：${t.reason}`;
  }
  const outcome = outcomeOf(test.items);
  if (payload.outcome !== outcome || payload.final !== (outcome === 'final'))
    return '裁决性质与各事项的终局判断不一致';
  return null;
}

export type AwardItemEntry = AwardItemDraft & {
  claimId: string | null;
  dismissed: boolean;
  text: string;
};

/** The payload for items as entered, with the test's answers filled in (what the form submits). */
export function awardPayloadFrom(
  entries: readonly AwardItemEntry[],
  minWage: AwardMinWage,
  summary: string,
): Omit<AwardPayload, 'confirmed'> {
  const test = testAwardItems(minWage.amountFen, entries);
  const items = entries.map((e, i) => ({
    claimId: e.claimId,
    kind: e.kind,
    label: e.label,
    amountFen: e.amountFen,
    dismissed: e.dismissed,
    text: e.text,
    final: test.items[i]?.final ?? false,
    reason: test.items[i]?.reason ?? '',
  }));
  const outcome = outcomeOf(items);
  return {
    final: outcome === 'final',
    outcome,
    summary,
    items,
    minWage,
    thresholdFen: test.thresholdFen,
  };
}
