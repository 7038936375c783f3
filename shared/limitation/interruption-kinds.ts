// Causes that interrupt (中断) the arbitration limitation period and restart it in full.
// 《劳动争议调解仲裁法》第二十七条第二款 (reference §2.5, [V]): a claim made to the other side, a request to a
// relevant department for relief, or the other side agreeing to perform. The 2017 rules (《劳动人事争议仲裁办案规则》
// 第二十七条, reference [M]) spell the list out: applying for mediation and applying for a 支付令 count too.

export const INTERRUPTION_KINDS = [
  { code: 'claim_to_other_party', label: '向对方当事人主张权利', basis: 'law' },
  { code: 'mediation_application', label: '申请调解', basis: 'rules' },
  { code: 'department_complaint', label: '向有关部门请求权利救济', basis: 'law' },
  { code: 'payment_order', label: '申请支付令', basis: 'rules' },
  { code: 'other_party_agreed', label: '对方当事人同意履行义务', basis: 'law' },
  { code: 'other', label: '其他中断事由', basis: 'law' },
] as const;

export type InterruptionKind = (typeof INTERRUPTION_KINDS)[number]['code'];

export const INTERRUPTION_KIND_CODES = INTERRUPTION_KINDS.map((k) => k.code) as [
  InterruptionKind,
  ...InterruptionKind[],
];

/** The Chinese label of an interruption kind (the code itself when unknown). */
export function interruptionKindLabel(code: string): string {
  return INTERRUPTION_KINDS.find((k) => k.code === code)?.label ?? code;
}

/** True when the kind is listed only by the 2017 rules (mediation, 支付令), not by the law's own words. */
export function isRulesOnlyKind(code: InterruptionKind): boolean {
  return INTERRUPTION_KINDS.find((k) => k.code === code)?.basis === 'rules';
}
