// The 作出裁决 form's model (reference §3.4; law art 47): one row per claim with the item kind the 终局 test reads,
// the awarded amount in 元 (converted to integer 分), 驳回 and the 主文 line; the test's answer per row, live; and the
// schema that turns the rows into the award payload main re-checks (shared/procedure/award-payload.ts).

import { z } from 'zod';
import {
  FINAL_AWARD_ITEM_KIND_CODES,
  isMoneyKind,
  type FinalAwardItemKind,
} from '../../../shared/calc/final-award';
import type { Claim } from '../../../shared/domain/case/claim.schema';
import { disputeReasonLabel } from '../../../shared/domain/reference-data';
import { formatFen, yuanToFen } from '../../../shared/format/money';
import { awardKindForClaim, defaultAwardItemText } from '../../../shared/procedure/award-items';
import { AwardMinWage, outcomeOf, type AwardOutcome } from '../../../shared/procedure/award-payload';
import { awardPayloadFrom, testAwardItems } from '../../../shared/procedure/award-test';
import { RequiredText } from '../../../shared/schema/primitives';

/** One row as the form keeps it. */
export type AwardRow = {
  claimId: string | null;
  kind: FinalAwardItemKind;
  label: string;
  /** 元 as typed, e.g. '12,000' or '12000.50'; '' when not filled in. */
  amountYuan: string;
  dismissed: boolean;
  text: string;
};

const fenOf = (yuan: string): number | null => (yuan.trim() === '' ? null : yuanToFen(yuan));

/** The amount a row awards in fen: 0 when dismissed, null for a non-money item or an amount not yet valid. */
export function rowAmountFen(row: Pick<AwardRow, 'kind' | 'amountYuan' | 'dismissed'>): number | null {
  if (row.dismissed) return isMoneyKind(row.kind) ? 0 : null;
  const fen = fenOf(row.amountYuan);
  return fen === null || fen < 0 ? null : fen;
}

/** The 主文 line the row starts with, rewritten when its kind, amount or 驳回 changes. */
export const rowDefaultText = (row: Omit<AwardRow, 'text'>): string =>
  defaultAwardItemText({
    kind: row.kind,
    label: row.label,
    amountFen: rowAmountFen(row),
    dismissed: row.dismissed,
  });

/** One row per claim of the case: the claim's kind for the test, the claimed amount as a first guess. */
export function initialAwardRows(claims: readonly Claim[]): AwardRow[] {
  return [...claims]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((c) => {
      const kind = awardKindForClaim(c.type);
      const label = (c.description?.trim() || disputeReasonLabel(c.type)).replace(/^支付/, '').slice(0, 50);
      const amountYuan = isMoneyKind(kind) && c.amountFen !== null ? formatFen(c.amountFen) : '';
      const row = { claimId: c.id, kind, label, amountYuan, dismissed: false };
      return { ...row, text: rowDefaultText(row) };
    });
}

export const blankAwardRow = (): AwardRow => {
  const row = { claimId: null, kind: 'other' as const, label: '', amountYuan: '', dismissed: false };
  return { ...row, text: '' };
};

export type RowTest = { final: boolean; reason: string } | { problem: string };

/** The test's answer for one row, or what must be filled in first. */
export function rowTest(row: AwardRow, minWageFen: number): RowTest {
  const amountFen = rowAmountFen(row);
  if (isMoneyKind(row.kind) && amountFen === null)
    return { problem: row.amountYuan.trim() === '' ? '请填写裁决金额' : '金额格式不正确' };
  const t = testAwardItems(minWageFen, [{ kind: row.kind, label: row.label || '该事项', amountFen }])
    .items[0];
  return t === undefined ? { problem: '无法判断' } : { final: t.final, reason: t.reason };
}

/** The outcome of the rows that can be tested; null while any row cannot. */
export function rowsOutcome(tests: readonly RowTest[]): AwardOutcome | null {
  const done = tests.filter((t): t is { final: boolean; reason: string } => 'final' in t);
  return done.length === 0 || done.length < tests.length ? null : outcomeOf(done);
}

const RowSchema = z
  .object({
    claimId: z.string().nullable(),
    kind: z.enum(FINAL_AWARD_ITEM_KIND_CODES, { message: '请选择事项类型' }),
    label: RequiredText(50),
    amountYuan: z.string(),
    dismissed: z.boolean(),
    text: RequiredText(500),
  })
  .superRefine((r, ctx) => {
    if (!isMoneyKind(r.kind) || r.dismissed) return;
    const fen = fenOf(r.amountYuan);
    if (fen === null || fen <= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['amountYuan'],
        message:
          r.amountYuan.trim() === ''
            ? '请填写裁决金额'
            : '金额须为大于零的数字（如 12000.50）；驳回的请勾选“驳回”',
      });
  });

/**
 * The form's payload schema: the rows, a summary for the timeline, the minimum wage the form looked up and the
 * tribunal's confirmation — turned into the award payload with the test's answers (main runs the test again).
 */
export const AwardFormPayload = z
  .object({
    // `awardItems` in the form: the flat payload form already uses `items` for text (补正事项).
    awardItems: z.array(RowSchema).min(1, { message: '请至少填写一项裁决事项' }),
    summary: RequiredText(2000),
    minWage: AwardMinWage.optional(),
    confirmed: z.boolean(),
  })
  .superRefine((p, ctx) => {
    if (p.minWage === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['minWage'],
        message: '未找到适用的月最低工资标准，请先在“设置 › 地区参数”中录入',
      });
    if (!p.confirmed)
      ctx.addIssue({ code: 'custom', path: ['confirmed'], message: '请确认各裁决事项的终局/非终局判断' });
  })
  .transform((p) => ({
    ...awardPayloadFrom(
      p.awardItems.map((r) => ({
        claimId: r.claimId,
        kind: r.kind,
        label: r.label,
        amountFen: rowAmountFen(r),
        dismissed: r.dismissed,
        text: r.text,
      })),
      p.minWage as AwardMinWage,
      p.summary,
    ),
    confirmed: true as const,
  }));

/** The summary a new award starts with: each item's label and amount. */
export const defaultAwardSummary = (rows: readonly AwardRow[]): string =>
  rows
    .map((r) => {
      const fen = rowAmountFen(r);
      return r.dismissed ? `驳回${r.label}` : fen === null ? r.label : `${r.label} ${formatFen(fen)} 元`;
    })
    .join('；');
