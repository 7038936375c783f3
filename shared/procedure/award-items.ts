// Starting values for the items of an award, from the case's claims: the 终局 test's kind for each claim type
// (law art 47; 办案规则 第五十条 [M] on what 经济补偿 and 赔偿金 include) and a 主文 line the tribunal edits.

import { formatFen } from '../format/money';
import type { FinalAwardItemKind } from '../calc/final-award';
import { isMoneyKind } from '../calc/final-award';
import type { DisputeReason } from '../domain/reference-data';

/**
 * Claim type → the kind the test reads. A sensible default only: the tribunal confirms or changes it per item.
 * - 追索劳动报酬, 加班费 and 未休年休假工资 are 劳动报酬 (年休假工资 varies locally; most committees treat it so).
 * - 二倍工资 and 违法解除赔偿金 are 赔偿金; 竞业限制补偿 and both kinds of 经济补偿 are 经济补偿 (办案规则 第五十条).
 * - 工伤保险待遇 is 'other': only its 工伤医疗费 part is listed in art 47(1) (一次性伤残补助金 etc. are not), so the
 *   tribunal picks 工伤医疗费 for an item that is medical costs; the safe default is non-final.
 * - 社会保险 is a 社会保险标准 dispute under art 47(2).
 */
export const AWARD_KIND_BY_CLAIM: Readonly<Record<DisputeReason, FinalAwardItemKind>> = {
  wage_arrears: 'labor_remuneration',
  overtime: 'labor_remuneration',
  annual_leave: 'labor_remuneration',
  double_wages: 'damages',
  unlawful_termination: 'damages',
  economic_compensation: 'economic_compensation',
  forced_resignation: 'economic_compensation',
  non_compete: 'economic_compensation',
  confirm_relationship: 'confirm_relationship',
  work_injury: 'other',
  social_insurance: 'social_insurance_standard',
  contract_change: 'other',
  contract_termination: 'other',
  other: 'other',
};

export const awardKindForClaim = (type: string): FinalAwardItemKind =>
  (AWARD_KIND_BY_CLAIM as Readonly<Record<string, FinalAwardItemKind>>)[type] ?? 'other';

/**
 * The 主文 line a form starts from: '被申请人于本裁决生效之日起十日内支付申请人加班费12,000.00元',
 * '驳回申请人关于加班费的仲裁请求', or '支持申请人关于确认劳动关系的仲裁请求' for an item without an amount.
 */
export function defaultAwardItemText(item: {
  kind: FinalAwardItemKind;
  label: string;
  amountFen: number | null;
  dismissed: boolean;
}): string {
  if (item.dismissed) return `驳回申请人关于${item.label}的仲裁请求`;
  if (isMoneyKind(item.kind) || item.amountFen !== null)
    return `被申请人于本裁决生效之日起十日内支付申请人${item.label}${formatFen(item.amountFen ?? 0)}元`;
  return `支持申请人关于${item.label}的仲裁请求`;
}
