// 终局裁决 test per item (reference §3.4; 调解仲裁法 第四十七条): a money claim for 劳动报酬, 工伤医疗费,
// 经济补偿 or 赔偿金 is final when its amount is ≤ 12 × the local monthly minimum wage (each item on its
// own: 解释一 第十九条); disputes over working-time / rest / leave and social-insurance standards are final;
// anything else (确认劳动关系, 继续履行 …) is not. Final and non-final items together → two 裁决书 (办案规则
// 第五十条 [M]); a mixed award is treated as non-final by the courts (解释一 第二十条).
// Classification is the caller's: 二倍工资 and 违法解除赔偿金 count as 赔偿金, 竞业限制补偿 as 经济补偿
// (办案规则 第五十条 [M]); 年休假工资 varies locally.

import { CalcInputError } from './errors';
import { absent, requireFen, requireNonEmptyList } from './inputs';
import { fenText } from './text';
import type { CalcResult } from './types';

/** Every item kind the test knows, with the label a form shows (the order of law art 47). */
export const FINAL_AWARD_ITEM_KINDS = [
  { code: 'labor_remuneration', label: '劳动报酬' },
  { code: 'medical_expenses', label: '工伤医疗费' },
  { code: 'economic_compensation', label: '经济补偿' },
  { code: 'damages', label: '赔偿金' },
  { code: 'working_time_standard', label: '工作时间、休息休假标准' },
  { code: 'social_insurance_standard', label: '社会保险标准' },
  { code: 'confirm_relationship', label: '确认劳动关系' },
  { code: 'other', label: '其他事项' },
] as const;
export type FinalAwardItemKind = (typeof FINAL_AWARD_ITEM_KINDS)[number]['code'];
export const FINAL_AWARD_ITEM_KIND_CODES = FINAL_AWARD_ITEM_KINDS.map((k) => k.code) as [
  FinalAwardItemKind,
  ...FinalAwardItemKind[],
];

export interface FinalAwardItem {
  readonly kind: FinalAwardItemKind;
  /** Awarded amount, fen; required for the four money kinds. */
  readonly amountFen?: number | null;
  /** Text used in explanations, e.g. '加班费'. */
  readonly label?: string | null;
}

export interface FinalAwardInput {
  /** Monthly minimum wage of the 劳动合同履行地 (date rule is local [M]), fen. */
  readonly minMonthlyWageFen: number;
  readonly items: readonly FinalAwardItem[];
}

export interface FinalAwardItemResult {
  readonly kind: FinalAwardItemKind;
  readonly label: string;
  readonly amountFen: number | null;
  readonly final: boolean;
  readonly reason: string;
}

export interface FinalAwardResult extends CalcResult {
  /** Here amountFen is the threshold 12 × minimum wage (the figure the test used); same as thresholdFen. */
  readonly thresholdFen: number;
  readonly items: readonly FinalAwardItemResult[];
  readonly allFinal: boolean;
  /** Both final and non-final items. */
  readonly mixed: boolean;
  /** What to do when mixed; null otherwise. */
  readonly suggestion: string | null;
}

/** The kinds under law art 47(1), tested by amount; the others are decided by kind alone. */
export const isMoneyKind = (kind: FinalAwardItemKind): boolean => MONEY[kind] !== undefined;

const MONEY: Partial<Record<FinalAwardItemKind, string>> = {
  labor_remuneration: '劳动报酬',
  medical_expenses: '工伤医疗费',
  economic_compensation: '经济补偿',
  damages: '赔偿金',
};
const STANDARD: Partial<Record<FinalAwardItemKind, string>> = {
  working_time_standard: '工作时间、休息休假标准争议',
  social_insurance_standard: '社会保险标准争议',
};
const OTHER: Partial<Record<FinalAwardItemKind, string>> = {
  confirm_relationship: '确认劳动关系',
  other: '其他事项',
};

/**
 * 终局裁决判断: finalAwardTest({ minMonthlyWageFen: 249000, items: [{ kind: 'labor_remuneration',
 * amountFen: 2988000 }] }) → final (= 12 × 2,490.00). Throws CalcInputError for invalid input.
 */
export function finalAwardTest(input: FinalAwardInput): FinalAwardResult {
  const minWage = requireFen(input.minMonthlyWageFen, 'minMonthlyWageFen', '最低工资标准', true);
  requireNonEmptyList(input.items, 'items', '裁决事项');
  const threshold = 12n * minWage;
  const explain = [`终局裁决限额 = 12 × ${fenText(minWage)} = ${fenText(threshold)}`];
  const warnings: string[] = [];

  const items = input.items.map((item, i): FinalAwardItemResult => {
    const at = `items[${i}]`;
    const kind = item.kind;
    const money = MONEY[kind];
    const standard = STANDARD[kind];
    const other = OTHER[kind];
    if (money === undefined && standard === undefined && other === undefined) {
      throw new CalcInputError(`${at}.kind`, `第${i + 1}个裁决事项的类型（${at}.kind）无效：${String(kind)}`);
    }
    const label = item.label ?? money ?? standard ?? other ?? kind;
    if (money !== undefined) {
      if (absent(item.amountFen)) {
        throw new CalcInputError(
          `${at}.amountFen`,
          `第${i + 1}个裁决事项（${label}）的金额（${at}.amountFen）不能为空`,
        );
      }
      const amount = requireFen(item.amountFen, `${at}.amountFen`, `第${i + 1}个裁决事项（${label}）的金额`);
      const final = amount <= threshold;
      const reason = final
        ? `${money}类事项，金额 ${fenText(amount)} 不超过 ${fenText(threshold)}，终局（调解仲裁法第四十七条第一项）`
        : `${money}类事项，金额 ${fenText(amount)} 超过 ${fenText(threshold)}，非终局`;
      return { kind, label, amountFen: Number(amount), final, reason };
    }
    const amountFen = absent(item.amountFen)
      ? null
      : Number(requireFen(item.amountFen, `${at}.amountFen`, `第${i + 1}个裁决事项（${label}）的金额`));
    if (standard !== undefined) {
      return {
        kind,
        label,
        amountFen,
        final: true,
        reason: `${standard}，终局（调解仲裁法第四十七条第二项）`,
      };
    }
    return {
      kind,
      label,
      amountFen,
      final: false,
      reason: `${other ?? label}不属于调解仲裁法第四十七条所列事项，非终局`,
    };
  });

  for (const it of items) explain.push(`${it.label}：${it.reason}`);
  const finals = items.filter((it) => it.final).length;
  const mixed = finals > 0 && finals < items.length;
  const allFinal = finals === items.length;
  const suggestion = mixed
    ? '本案同时包含终局裁决事项和非终局裁决事项，建议分别制作终局裁决书和非终局裁决书，并分别告知当事人救济权利（《劳动人事争议仲裁办案规则》第五十条）；如合并作出裁决，人民法院按非终局裁决处理（解释一第二十条）'
    : null;
  if (mixed) warnings.push('终局与非终局事项并存，应分别制作裁决书');

  return {
    amountFen: Number(threshold),
    explain,
    basis: [
      '《劳动争议调解仲裁法》第四十七条',
      '《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第十九条',
      ...(mixed
        ? [
            '《劳动人事争议仲裁办案规则》第五十条',
            '《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第二十条',
          ]
        : []),
    ],
    warnings,
    thresholdFen: Number(threshold),
    items,
    allFinal,
    mixed,
    suggestion,
  };
}
