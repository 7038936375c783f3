// The claims (仲裁请求 / 申请事项) as numbered lines with their amounts (reference §3.5 item 3; law art 28), and the
// document options a user picks (context.ts DocContext.options).

import { disputeReasonLabel } from '../../domain/reference-data';
import type { DocContext } from '../context';
import { amount } from './facts';
import type { Needs } from './need';

/** '1. 支付2025年10月至12月拖欠工资，金额12,000.00元。' — one line per claim; the claims are required. */
export function claimLines(ctx: DocContext, need: Needs, fact = '仲裁请求'): string[] {
  const claims = [...ctx.case.claims].sort((a, b) => a.sortOrder - b.sortOrder);
  if (claims.length === 0) need.miss(fact);
  return claims.map((c, i) => {
    const what = c.description?.trim() || disputeReasonLabel(c.type);
    const money = c.amountFen === null ? '' : `，金额${amount(ctx, c.amountFen)}`;
    return `${i + 1}. ${what.replace(/[。；]$/, '')}${money}。`;
  });
}

/** The total of the claimed amounts, or null when no claim states one. */
export function claimedTotalFen(ctx: DocContext): number | null {
  const amounts = ctx.case.claims.map((c) => c.amountFen).filter((a): a is number => a !== null);
  return amounts.length === 0 ? null : amounts.reduce((s, a) => s + a, 0);
}

/**
 * A chosen option: its value when it is one of `allowed`, the default when the option was not chosen (undefined
 * default = required), else recorded as missing with the option's label.
 */
export function optionValue<T extends string>(
  ctx: DocContext,
  need: Needs,
  spec: { key: string; label: string; allowed: readonly T[]; fallback?: T },
): T | null {
  const raw = Object.hasOwn(ctx.options, spec.key) ? ctx.options[spec.key] : undefined;
  const chosen = spec.allowed.find((v) => v === raw);
  if (chosen !== undefined) return chosen;
  if ((raw === undefined || raw === '') && spec.fallback !== undefined) return spec.fallback;
  need.miss(`文书选项：${spec.label}`, '#/documents');
  return null;
}

/** A free-text option (input 'text'): the trimmed text the user typed, '' when none. */
export function optionText(ctx: DocContext, key: string): string {
  const raw = Object.hasOwn(ctx.options, key) ? ctx.options[key] : undefined;
  return raw?.trim() ?? '';
}
