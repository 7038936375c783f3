// The 裁决书 of an award recorded item by item (reference §3.4–3.5; law arts 47–50; 办案规则 第五十条; 解释一 第二十条):
// all final → one 终局 裁决书; none final → one 非终局 裁决书; mixed → two, 之一 (final items) and 之二 (non-final
// items), each with only its own claims and items, its own statement and remedies, and each naming the other. A
// single 裁决书 for a mixed award cannot be built. The outcome documents say 部分终局裁决.

import { describe, expect, it } from 'vitest';
import type { DocContext } from '../../../shared/documents/context';
import { award, closingApproval, fileCover } from '../../../shared/documents/templates';
import { awardPayloadFrom, type AwardItemEntry } from '../../../shared/procedure/award-test';
import { SAMPLE_MIN_WAGE } from '../../../shared/procedure/test-payloads';
import { modelLines } from './model-text';
import { arbitrationContext, event } from './sample-context';

// The sample case's claims: c1 拖欠工资 18,000.00 元 (under 29,880.00 → final), c2 经济补偿 63,000.00 元 (over → not).
const WAGES: AwardItemEntry = {
  claimId: 'c1',
  kind: 'labor_remuneration',
  label: '2025年11月至12月工资',
  amountFen: 1_800_000,
  dismissed: false,
  text: '被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三2025年11月至12月工资18,000.00元',
};
const SEVERANCE: AwardItemEntry = {
  claimId: 'c2',
  kind: 'economic_compensation',
  label: '解除劳动合同经济补偿',
  amountFen: 6_300_000,
  dismissed: false,
  text: '被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三解除劳动合同经济补偿63,000.00元',
};

function withAward(entries: AwardItemEntry[], options: Record<string, string> = {}): DocContext {
  const ctx = arbitrationContext(options);
  const payload = { ...awardPayloadFrom(entries, SAMPLE_MIN_WAGE, '裁决摘要'), confirmed: true };
  return {
    ...ctx,
    events: ctx.events.map((e) =>
      e.type === 'arb.awarded' ? event('arb.awarded', e.occurredOn, payload, '陈明') : e,
    ),
  };
}

function text(ctx: DocContext, build = award.build): string {
  const r = build(ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.missing));
  return modelLines(r.model).join('\n');
}

const FINAL = '本裁决为终局裁决，裁决书自作出之日起发生法律效力';
const WORKER_15 = '劳动者张三对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼';
const EMPLOYER_30 = '可以自收到本裁决书之日起三十日内向本委所在地的中级人民法院申请撤销裁决';
const NON_FINAL =
  '本裁决为非终局裁决。当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼';
const NO = '示劳劳人仲案字〔2026〕第12号';

describe('裁决书 by outcome', () => {
  it('all final → one 终局 裁决书 with the worker’s 15 days and the employer’s 30 days at the 中级人民法院', () => {
    const t = text(
      withAward([WAGES, { ...SEVERANCE, amountFen: 2_000_000, text: '支付经济补偿20,000.00元' }]),
    );
    expect(t).toContain(`【示例市劳动人事争议仲裁委员会】`);
    expect(t).toContain(FINAL);
    expect(t).toContain(WORKER_15);
    expect(t).toContain(EMPLOYER_30);
    expect(t).not.toContain(NON_FINAL);
    expect(t).not.toMatch(/号之[一二]/);
    expect(t).toContain(
      '1. 被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三2025年11月至12月工资18,000.00元',
    );
    expect(t).toContain('2. 支付经济补偿20,000.00元');
  });

  it('none final → one 非终局 裁决书, either party may sue within 15 days, nothing about revocation', () => {
    const t = text(withAward([SEVERANCE]));
    expect(t).toContain(NON_FINAL);
    expect(t).not.toContain(FINAL);
    expect(t).not.toContain('中级人民法院');
    expect(t).not.toContain('劳动争议调解仲裁法》第四十七条');
  });

  it('mixed → no single 裁决书: the part must be chosen (办案规则 第五十条)', () => {
    const r = award.build(withAward([WAGES, SEVERANCE]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.missing[0]?.fact).toMatch(/^文书选项：裁决书部分（本案为部分终局裁决，须分别生成/);
  });

  it('mixed, part 之一: only the final item and its claim, the 终局 statement and remedies, naming 之二', () => {
    const ctx = withAward([WAGES, SEVERANCE], { part: 'final' });
    const r = award.build(ctx);
    if (!r.ok) throw new Error(JSON.stringify(r.missing));
    expect(r.model.letterhead?.caseNo).toBe(`${NO}之一`);
    const t = modelLines(r.model).join('\n');
    expect(t).toContain('1. 支付2025年11月至12月拖欠工资，金额18,000.00元');
    expect(t).not.toContain('经济补偿，金额');
    expect(t).toContain(WAGES.text);
    expect(t).not.toContain(SEVERANCE.text);
    expect(t).not.toContain('经核算，经济补偿为');
    expect(t).toContain(`本委另行作出${NO}之二裁决书`);
    expect(t).toContain(FINAL);
    expect(t).toContain(WORKER_15);
    expect(t).toContain(EMPLOYER_30);
    expect(t).not.toContain(NON_FINAL);
  });

  it('mixed, part 之二: only the non-final item, the 非终局 statement and remedies, naming 之一', () => {
    const r = award.build(withAward([WAGES, SEVERANCE], { part: 'non_final' }));
    if (!r.ok) throw new Error(JSON.stringify(r.missing));
    expect(r.model.letterhead?.caseNo).toBe(`${NO}之二`);
    const t = modelLines(r.model).join('\n');
    expect(t).toContain('1. 支付解除劳动合同经济补偿，金额63,000.00元');
    expect(t).not.toContain('拖欠工资，金额');
    expect(t).toContain(SEVERANCE.text);
    expect(t).not.toContain(WAGES.text);
    expect(t).toContain(`本委另行作出${NO}之一裁决书`);
    expect(t).toContain(NON_FINAL);
    expect(t).not.toContain(FINAL);
    expect(t).not.toContain('中级人民法院');
  });

  it('refuses a part for an award that is not split', () => {
    const r = award.build(withAward([WAGES], { part: 'final' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.missing[0]?.fact).toMatch(/本裁决均为终局裁决事项，只制作一份裁决书/);
  });

  it('still renders an award recorded as {final, summary} before items existed', () => {
    const t = text(arbitrationContext());
    expect(t).toContain('本裁决为非终局裁决');
    expect(t).toContain(
      '一、被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三2025年11月至12月工资18,000.00元；',
    );
  });

  it('closing approval and file cover say 部分终局裁决 for a mixed award, 终局裁决 for an all-final one', () => {
    const mixed = withAward([WAGES, SEVERANCE]);
    expect(text(mixed, closingApproval.build)).toContain(
      '仲裁裁决结案（部分终局裁决，分别制作终局裁决书和非终局裁决书）',
    );
    expect(text(mixed, fileCover.build)).toContain('部分终局裁决');
    expect(text(withAward([WAGES]), closingApproval.build)).toContain('仲裁裁决结案（终局裁决）');
    expect(text(arbitrationContext(), closingApproval.build)).toContain('仲裁裁决结案（非终局裁决）');
  });
});
