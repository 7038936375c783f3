// 劳动保障监察线索移送函 (issue 13 item 5): the suspected violations default to what the claims suggest, the user's
// text replaces them line by line, and a case with no employer or nothing to refer is refused with what is missing.

import { describe, expect, it } from 'vitest';
import type { DocContext } from '../../../shared/documents/context';
import { clueReferral } from '../../../shared/documents/templates/clue-referral';
import { defaultViolations, violationLines } from '../../../shared/documents/templates/clue-violations';
import { modelText } from './model-text';
import { arbitrationContext } from './sample-context';

const withClaims = (ctx: DocContext, claims: DocContext['case']['claims']): DocContext => ({
  ...ctx,
  case: { ...ctx.case, claims },
});
const claim = (type: string, description: string | null, sortOrder: number) => ({
  id: `c${sortOrder}`,
  caseId: 'case-arb-1',
  type,
  description,
  amountFen: null,
  sortOrder,
});

describe('线索移送函', () => {
  it('defaults the violations from the claims, each violation once, civil-only claims left out', () => {
    const ctx = withClaims(arbitrationContext(), [
      claim('wage_arrears', '支付2025年11月工资', 0),
      claim('unlawful_termination', '支付违法解除赔偿金', 1),
      claim('wage_arrears', '支付2025年12月工资。', 2),
      claim('social_insurance', null, 3),
    ] as DocContext['case']['claims']);
    expect(defaultViolations(ctx)).toEqual([
      '涉嫌克扣或者无故拖欠劳动者工资报酬（支付2025年11月工资；支付2025年12月工资）',
      '涉嫌未依法参加社会保险或者缴纳社会保险费',
    ]);
  });

  it('writes the case number, the employer, the committee and the date from the case', () => {
    const r = clueReferral.build(arbitrationContext());
    if (!r.ok) throw new Error(JSON.stringify(r.missing));
    const text = modelText(r.model);
    expect(text).toContain('示劳劳人仲案字〔2026〕第12号');
    expect(text).toContain('名称：示例科技有限公司');
    expect(text).toContain('统一社会信用代码：91110105MA01ABCD2X');
    expect(r.model.letterhead?.committeeName).toBe('示例市劳动人事争议仲裁委员会');
    expect(r.model.signature?.date).toBe(arbitrationContext().date);
  });

  it("uses the user's lines instead of the default, renumbered", () => {
    expect(violationLines('1. 甲。\n\n（2）乙；\n 3、丙 ')).toEqual(['甲', '乙', '丙']);
    const r = clueReferral.build(arbitrationContext({ violations: '安排加班不付加班费' }));
    if (!r.ok) throw new Error(JSON.stringify(r.missing));
    expect(modelText(r.model)).toContain('1. 安排加班不付加班费。');
    expect(modelText(r.model)).not.toContain('克扣');
  });

  it('is refused when no claim suggests a violation and none is typed, or the case has no employer', () => {
    const civil = withClaims(arbitrationContext(), [
      claim('unlawful_termination', '支付违法解除赔偿金', 0),
    ] as DocContext['case']['claims']);
    const r = clueReferral.build(civil);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.missing.map((m) => m.fact).join()).toContain('涉嫌违法行为');
    const base = arbitrationContext();
    const noEmployer: DocContext = {
      ...base,
      case: { ...base.case, parties: base.case.parties.filter((p) => p.kind !== 'employer') },
    };
    const r2 = clueReferral.build(noEmployer);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.missing.map((m) => m.fact)).toContain('用人单位（当事人）');
  });
});
