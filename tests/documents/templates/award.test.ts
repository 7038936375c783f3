// The element-style 裁决书 (reference §3.5) has every part, in order, and states the remedies that fit the award:
// final — the worker's fifteen days to sue and the employer's thirty days to apply to the 中级人民法院 (law arts
// 47–49); non-final — fifteen days for either party (law art 50) and nothing about revocation.

import { describe, expect, it } from 'vitest';
import type { DocContext } from '../../../shared/documents/context';
import type { DocModel } from '../../../shared/documents/model';
import { award } from '../../../shared/documents/templates';
import { modelLines } from './model-text';
import { AWARD_SUMMARY, arbitrationContext, event } from './sample-context';
import { finalAwardContext } from './variants';

function build(ctx: DocContext): DocModel {
  const result = award.build(ctx);
  if (!result.ok) throw new Error(JSON.stringify(result.missing));
  return result.model;
}

const indexOf = (lines: string[], needle: string): number => lines.findIndex((l) => l.includes(needle));

describe('裁决书', () => {
  const model = build(arbitrationContext());
  const lines = modelLines(model);
  const text = lines.join('\n');

  it('has 首部, 案件由来, 仲裁请求, 答辩意见, the undisputed table, the findings, the calculations and 裁决结果, in order', () => {
    expect(model.letterhead).toEqual({
      committeeName: '示例市劳动人事争议仲裁委员会',
      caseNo: '示劳劳人仲案字〔2026〕第12号',
    });
    expect(model.title).toBe('裁决书');
    const order = [
      '申请人：张三，男，1990年1月2日出生，汉族，公民身份号码：11010119900102123X，住址：',
      '委托代理人：王五，律师，特别授权。',
      '被申请人：示例科技有限公司，统一社会信用代码：91110105MA01ABCD2X，住所：',
      '法定代表人：李四，执行董事。',
      '一、案件由来',
      '二、仲裁请求',
      '三、答辩意见',
      '四、无争议要素',
      '五、争议要素及认定',
      '六、裁决理由及计算',
      '七、裁决结果',
    ].map((s) => indexOf(lines, s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('tells how the case came: application, acceptance, tribunal, hearing, attendance, suspension, extension', () => {
    expect(text).toContain('申请人于2026年3月2日向本委申请仲裁，本委于2026年3月4日受理');
    expect(text).toContain(
      '依法组成仲裁庭（首席仲裁员陈明、仲裁员李华、仲裁员周强），于2026年4月8日开庭审理',
    );
    expect(text).toContain('被申请人的委托代理人赵六到庭参加仲裁');
    expect(text).toContain('本案于2026年3月16日至2026年3月23日中止审理');
    expect(text).toContain('本案审理期限延长十日');
  });

  it('numbers the claims with their amounts, capitals in brackets as the committee chose', () => {
    expect(lines).toContain('1. 支付2025年11月至12月拖欠工资，金额18,000.00元（人民币壹万捌仟元整）。');
    const plain = build({
      ...arbitrationContext(),
      committee: { ...arbitrationContext().committee, uppercaseAmounts: false },
    });
    expect(modelLines(plain)).toContain('2. 支付解除劳动合同经济补偿，金额63,000.00元。');
  });

  it('gives the defence as filed, else the respondent positions on the disputed elements', () => {
    expect(text).toContain('被申请人辩称：被申请人已足额支付工资');
    const ctx = arbitrationContext();
    const noNote = build({ ...ctx, events: ctx.events.filter((e) => e.type !== 'arb.defenceFiled') });
    expect(modelLines(noNote)).toContain(
      '被申请人辩称：月工资标准应为7,000.00 元；解除劳动合同的原因应为申请人因个人原因辞职。',
    );
  });

  it('uses the corrected award event when the first one was superseded', () => {
    const ctx = arbitrationContext();
    const first = ctx.events.find((e) => e.type === 'arb.awarded');
    const corrected = {
      ...event('arb.awarded', '2026-04-20', { final: true, summary: AWARD_SUMMARY }, '陈明'),
      supersedesEventId: first?.id ?? null,
      recordedAt: '2026-04-19T00:00:00.000Z',
    };
    const text = modelLines(build({ ...ctx, events: [...ctx.events, corrected] })).join('\n');
    expect(text).toContain('本裁决为终局裁决');
  });

  it('lists the undisputed elements as a table marked 双方确认', () => {
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.header).toEqual(['要素', '内容', '确认情况']);
    expect(lines).toContain('| 入职时间 | 2019年3月15日 | 双方确认');
    expect(lines).toContain('| 欠薪月份 | 2025年11月至2025年12月 | 双方确认');
    expect(text).not.toContain('| 月工资标准 |');
  });

  it('gives each disputed element both positions, the evidence, the finding and the reason', () => {
    const at = indexOf(lines, '（一）月工资标准');
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '申请人主张：9,000.00 元。',
      '被申请人主张：7,000.00 元（另2,000元为绩效奖金，不固定发放）。',
      '证据：工资表、银行流水。',
      '本委认定：9,000.00 元。',
      '理由：被申请人提交的工资表显示所谓绩效奖金每月固定发放，属于劳动报酬的组成部分，应计入工资标准。',
    ]);
    expect(text).toContain('（二）解除劳动合同的原因');
    expect(text).toContain('本委认定：被申请人未及时足额支付劳动报酬，申请人依法解除劳动合同。');
    // An element the respondent did not address and the tribunal made no finding on is not argued.
    expect(text).not.toContain('欠薪期间已付金额');
  });

  it("shows each item's calculation from the calculators' explanation", () => {
    for (const check of arbitrationContext().claimChecks) {
      for (const line of check.computed?.explain ?? []) expect(lines).toContain(line);
    }
    expect(lines).toContain('经济补偿 = 7 个月 × 9,000.00 元 = 63,000.00 元');
    expect(lines).toContain('经核算，经济补偿为63,000.00元（人民币陆万叁仟元整）。');
  });

  it('cites the provisions relied on by full name, articles in order, and states the result', () => {
    expect(text).toContain(
      '综上，依照《中华人民共和国劳动合同法》第三十条、第四十七条、第八十五条，《工资支付暂行规定》第七条，《中华人民共和国劳动合同法实施条例》第二十七条的规定，本委裁决如下：',
    );
    expect(lines).toContain(
      '一、被申请人示例科技有限公司于本裁决生效之日起五日内支付申请人张三2025年11月至12月工资18,000.00元；',
    );
  });

  it('states a non-final award: fifteen days to sue, nothing about revocation', () => {
    const remedies = lines.slice(indexOf(lines, '本裁决为非终局裁决'));
    expect(remedies[0]).toContain('十五日');
    expect(text).toContain('《中华人民共和国劳动争议调解仲裁法》第五十条');
    expect(text).not.toContain('三十日');
    expect(text).not.toContain('中级人民法院');
    expect(text).not.toContain('终局裁决，');
  });

  it("states a final award: the worker's fifteen days, the employer's thirty days at the 中级人民法院", () => {
    const final = modelLines(build(finalAwardContext())).join('\n');
    expect(final).toContain('本裁决为终局裁决，裁决书自作出之日起发生法律效力');
    expect(final).toMatch(/劳动者张三对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼/);
    expect(final).toMatch(/用人单位示例科技有限公司.*三十日内向本委所在地的中级人民法院申请撤销裁决/);
    expect(final).toContain('第四十九条第一款');
    expect(final).not.toContain('非终局');
  });

  it('is signed by the arbitrators under the seal, dated in Chinese numerals, with the 书记员 below', () => {
    expect(model.signature).toEqual({
      lines: [
        { role: '首席仲裁员', name: '陈明' },
        { role: '仲裁员', name: '李华' },
        { role: '仲裁员', name: '周强' },
        { role: '书记员', name: '孙丽', position: 'afterDate' },
      ],
      date: '2026-04-20',
      dateStyle: 'chinese',
      seal: '示例市劳动人事争议仲裁委员会',
    });
    expect(lines.slice(-6)).toEqual([
      '  首席仲裁员　　陈明',
      '  仲　裁　员　　李华',
      '  仲　裁　员　　周强',
      '  （印）示例市劳动人事争议仲裁委员会',
      '  二〇二六年四月二十日',
      '  书　记　员　　孙丽',
    ]);
  });

  it('is signed by a sole arbitrator as 仲裁员 in a simple case', () => {
    const ctx = arbitrationContext();
    const sole = build({
      ...ctx,
      procedure: {
        ...ctx.procedure,
        isSimple: true,
        tribunal: { mode: 'sole', presidingId: 'arb-1', memberIds: ['arb-1'], composedOn: '2026-03-06' },
      },
    });
    expect(sole.signature?.lines.map((l) => l.role)).toEqual(['仲裁员', '书记员']);
    expect(modelLines(sole).join('\n')).toContain('适用简易处理，由仲裁员陈明独任审理');
  });
});
