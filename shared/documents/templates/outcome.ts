// How a case ended, as the closing approval and the file cover state it (reference §5.1 rows 28, 31): the outcome's
// label (shared/procedure/outcomes.ts), for an award 终局 / 非终局 / 部分终局 from the arb.awarded event's items (§1.3
// A17; a 部分终局 award is two 裁决书, 办案规则 第五十条), the
// closing date, and the retention period (办案规则 art 24 [V-sec]: award ≥ 10 years, other ≥ 5 years).

import { arabicDate } from '../../format';
import { caseOutcomeLabel } from '../../procedure/outcomes';
import type { DocContext } from '../context';
import { awardOutcomeLabel } from '../../procedure/award-payload';
import { readAward } from '../../procedure/award-parts';
import { latestEvent } from './facts';
import type { Needs } from './need';
import { daysFrom } from '../../util/day-number';

export type Closing = { outcome: string; closedOn: string; awarded: boolean };

/** The outcome text and closing date, or null after recording what is missing. */
export function closingOf(ctx: DocContext, need: Needs): Closing | null {
  const outcome = need.value(ctx.procedure.outcome, '结案方式（登记结案）');
  const closedOn = need.value(ctx.procedure.closedOn, '结案日期（登记结案）');
  const awarded = outcome === 'arb_awarded';
  const award = awarded
    ? need.value(readAward(latestEvent(ctx, ['arb.awarded'])?.payload), '终局或者非终局（登记作出裁决）')
    : null;
  if (outcome === null || closedOn === null) return null;
  const label = caseOutcomeLabel(outcome);
  return {
    outcome:
      award === null
        ? label
        : `${label}（${awardOutcomeLabel(award.outcome)}${award.outcome === 'mixed' ? '，分别制作终局裁决书和非终局裁决书' : ''}）`,
    closedOn,
    awarded,
  };
}

/** Outcomes that need a tribunal: an award, a 调解书, or a withdrawal deemed for absence from its hearing. */
export const tribunalRequired = (ctx: DocContext): boolean =>
  ['arb_awarded', 'arb_mediated', 'arb_deemed_withdrawn'].includes(ctx.procedure.outcome ?? '');

/** Files closed by award are kept at least ten years; by mediation or other means at least five. */
export const retentionText = (awarded: boolean): string =>
  awarded
    ? '十年（以裁决方式结案，保管期限不少于十年）'
    : '五年（以调解或者其他方式结案，保管期限不少于五年）';

/** '自受理至结案共40日，其中中止审理7日；延长审理期限10日' — natural days, for the closing approval. */
export function durationText(ctx: DocContext, accepted: string, closedOn: string): string {
  const total = daysFrom(accepted, closedOn);
  const suspended = ctx.procedure.suspensions.reduce((sum, s) => sum + daysFrom(s.from, s.to ?? closedOn), 0);
  const parts = [`自${arabicDate(accepted)}受理至${arabicDate(closedOn)}结案，共${total}日`];
  if (suspended > 0) parts.push(`其中中止审理${suspended}日`);
  if (ctx.procedure.extensionDays > 0) parts.push(`经批准延长审理期限${ctx.procedure.extensionDays}日`);
  return parts.join('；');
}
