import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareElements, disputeFocus, findingSchema, Finding, hearingOutline } from '.';
import type { ApplicantAnswers, ElementValue, RespondentAnswers } from '.';
import { SAMPLE, SAMPLE_ANSWERS } from './test-fixtures';

const respondent: RespondentAnswers = {
  name: { stance: 'deny', value: '李四' }, // identity field: not compared
  hireDate: { stance: 'deny', value: '2023-05-01', note: '三月仅为面试' },
  wageFen: { stance: 'admit' },
  mode: { stance: 'deny', value: 'mutual' }, // 不认可 but the same value → agreed
  signed: { stance: 'no_answer' },
  term: { stance: 'deny', value: { to: '2026-02-28', from: '2023-03-01' } }, // same range, other key order
  months: {
    stance: 'deny',
    value: [
      { month: '2025-02', payableFen: 880000 },
      { month: '2025-01', payableFen: 800000 },
    ],
  },
};

const result = compareElements(SAMPLE, SAMPLE_ANSWERS, respondent);
const state = (key: string) => result.elements.find((e) => e.key === key)?.state;

describe('compareElements', () => {
  it('sorts every disputable element into agreed / disputed / not_addressed', () => {
    expect(result.elements.map((e) => [e.key, e.state])).toEqual([
      ['hireDate', 'disputed'],
      ['wageFen', 'agreed'],
      ['hours', 'not_addressed'],
      ['mode', 'agreed'],
      ['signed', 'not_addressed'],
      ['term', 'agreed'],
      ['months', 'disputed'],
    ]);
    expect(result.summary).toEqual({ agreed: 3, disputed: 2, notAddressed: 2 });
  });

  it('skips identity fields (disputable: false)', () => {
    expect(state('name')).toBeUndefined();
    expect(state('idNumber')).toBeUndefined();
  });

  it('keeps both values, the stance, the agreed value and display texts', () => {
    const hire = result.elements.find((e) => e.key === 'hireDate');
    expect(hire).toMatchObject({
      group: '劳动关系',
      applicantValue: '2023-03-01',
      respondentValue: '2023-05-01',
      stance: 'deny',
      agreedValue: null,
      applicantText: '2023-03-01',
      respondentText: '2023-05-01',
      note: '三月仅为面试',
    });
    expect(result.elements.find((e) => e.key === 'wageFen')).toMatchObject({
      agreedValue: 900000,
      applicantText: '9,000.00 元',
      respondentText: '认可',
    });
    expect(result.elements.find((e) => e.key === 'mode')?.applicantText).toBe('协商一致解除');
    expect(result.elements.find((e) => e.key === 'term')?.applicantText).toBe('2023-03-01 至 2026-02-28');
    expect(result.elements.find((e) => e.key === 'months')?.applicantText).toBe(
      '月份 2025-01，应发工资 9,000.00 元；月份 2025-02，应发工资 8,800.00 元',
    );
  });

  it('not_addressed when the applicant gave no value, even if the respondent admits', () => {
    const r = compareElements(SAMPLE, { hireDate: '2023-03-01' }, { wageFen: { stance: 'admit' } });
    expect(r.elements.find((e) => e.key === 'wageFen')?.state).toBe('not_addressed');
    const items = hearingOutline(r).sections.flatMap((s) => s.groups.flatMap((g) => g.items));
    expect(items.find((i) => i.key === 'wageFen')?.question).toBe(
      '请申请人明确“月工资”，并请被申请人发表意见',
    );
  });

  it('text is compared after NFKC and trimming; a deny without a value is disputed', () => {
    const r = compareElements(
      {
        ...SAMPLE,
        groups: [
          { key: 'g', label: '组', elements: [{ ...SAMPLE.groups[0]!.elements[0]!, disputable: true }] },
        ],
      },
      { name: '张三 ' },
      { name: { stance: 'deny', value: '张三' } },
    );
    expect(r.elements[0]?.state).toBe('agreed');
    const d = compareElements(SAMPLE, SAMPLE_ANSWERS, { hireDate: { stance: 'deny' } as never });
    expect(d.elements.find((e) => e.key === 'hireDate')).toMatchObject({
      state: 'disputed',
      respondentText: '不认可（未提出主张）',
    });
  });
});

describe('disputeFocus and hearingOutline', () => {
  it('争议焦点: one line per disputed element only', () => {
    expect(disputeFocus(result)).toEqual([
      '关于入职时间：申请人主张 2023-03-01，被申请人主张 2023-05-01（被申请人意见：三月仅为面试）',
      '关于月度工资明细：申请人主张 月份 2025-01，应发工资 9,000.00 元；月份 2025-02，应发工资 8,800.00 元，被申请人主张 月份 2025-02，应发工资 8,800.00 元；月份 2025-01，应发工资 8,000.00 元',
    ]);
  });

  it('庭审提纲: disputed elements, then not-addressed ones under their own heading; agreed ones only counted', () => {
    const o = hearingOutline(result);
    expect(o.agreedCount).toBe(3);
    expect(o.intro).toBe('双方无争议的要素共 3 项，当庭直接确认，不再调查。');
    expect(o.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['disputed', '一、争议要素（逐项举证、质证、辩论）'],
      ['not_addressed', '二、未答辩或未填写的要素（当庭核实）'],
    ]);
    const keys = (i: number) => o.sections[i]?.groups.flatMap((g) => g.items.map((x) => x.key));
    expect(keys(0)).toEqual(['hireDate', 'months']);
    expect(keys(1)).toEqual(['hours', 'signed']);
    expect(o.sections[0]?.groups[0]?.heading).toBe('经济补偿要素 · 劳动关系');
    expect(o.sections[0]?.groups[0]?.items[0]?.question).toBe(
      '请双方围绕“入职时间”举证、质证并发表意见：申请人主张 2023-03-01，被申请人主张 2023-05-01',
    );
    expect(o.sections[1]?.groups[0]?.items.map((i) => i.question)).toEqual([
      '请被申请人对申请人主张的“加班小时数”（12.5小时）明确表示认可或不认可',
      '请被申请人对申请人主张的“是否签订书面劳动合同”（是）明确表示认可或不认可',
    ]);
  });

  it('with nothing disputed the outline has no sections and the focus is empty; several results are joined', () => {
    const all = compareElements(SAMPLE, { hireDate: '2023-03-01' }, { hireDate: { stance: 'admit' } });
    expect(disputeFocus(all)).toEqual([]);
    expect(hearingOutline(all).sections.filter((s) => s.kind === 'disputed')).toEqual([]);
    expect(disputeFocus([result, result])).toHaveLength(4);
  });
});

describe('Finding', () => {
  const ok = {
    key: 'hireDate',
    value: '2023-03-01',
    reason: '考勤记录显示申请人三月起出勤',
    evidence: ['考勤记录'],
  };

  it('accepts a finding and checks its value against the element', () => {
    expect(Finding.safeParse(ok).success).toBe(true);
    expect(findingSchema(SAMPLE).safeParse(ok).success).toBe(true);
    expect(findingSchema(SAMPLE).safeParse({ ...ok, evidence: [] }).success).toBe(true);
  });

  it.each([
    [{ ...ok, reason: ' ' }, '请填写认定理由'],
    [{ ...ok, evidence: [''] }, '证据名称不能为空'],
    [{ ...ok, value: '2023-02-30' }, '认定的入职时间应为真实日期，格式 YYYY-MM-DD'],
    [{ ...ok, key: 'salary' }, '要素“salary”不属于“经济补偿要素”'],
    [{ ...ok, key: 'name', value: '张三' }, '“姓名”不是可争议的要素，无需认定'],
    [{ ...ok, extra: 1 }, '认定含有无法识别的字段：extra'],
  ])('rejects %j with a Chinese reason', (finding, message) => {
    const r = findingSchema(SAMPLE).safeParse(finding);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toContain(message);
  });
});

// Arbitrary answers for SAMPLE: each element absent or given a value from a small pool (so equal values occur).
const pool: Record<string, ElementValue[]> = {
  hireDate: ['2023-03-01', '2023-05-01'],
  wageFen: [900000, 800000],
  hours: [0, 12.5],
  mode: ['mutual', 'dismissed'],
  signed: [true, false],
  term: [
    { from: '2023-03-01', to: '2026-02-28' },
    { from: '2023-03-01', to: '2024-02-29' },
  ],
  months: [[{ month: '2025-01', payableFen: 1 }], []],
};
const keys = Object.keys(pool);
const value = (k: string) => fc.constantFrom(...(pool[k] ?? []));
// requiredKeys: [] omits keys (never sets them to undefined), so the result is a valid answers record.
const applicantArb = fc.record(Object.fromEntries(keys.map((k) => [k, value(k)])), {
  requiredKeys: [],
}) as fc.Arbitrary<ApplicantAnswers>;
const answerArb = (k: string) =>
  fc.oneof(
    fc.constant({ stance: 'admit' as const }),
    fc.constant({ stance: 'no_answer' as const }),
    value(k).map((v) => ({ stance: 'deny' as const, value: v })),
  );
const respondentArb = fc.record(Object.fromEntries(keys.map((k) => [k, answerArb(k)])), {
  requiredKeys: [],
}) as fc.Arbitrary<RespondentAnswers>;

describe('compareElements (properties)', () => {
  it('is deterministic and puts every disputable element in exactly one state', () => {
    fc.assert(
      fc.property(applicantArb, respondentArb, (a, r) => {
        const one = compareElements(SAMPLE, a, r);
        expect(compareElements(SAMPLE, structuredClone(a), structuredClone(r))).toEqual(one);
        expect(one.elements.map((e) => e.key)).toEqual(keys);
        const { agreed, disputed, notAddressed } = one.summary;
        expect(agreed + disputed + notAddressed).toBe(keys.length);
        for (const e of one.elements) expect(['agreed', 'disputed', 'not_addressed']).toContain(e.state);
        expect(disputeFocus(one)).toHaveLength(disputed);
      }),
    );
  });

  it('a 不认可 with the applicant’s own value is always agreed', () => {
    fc.assert(
      fc.property(applicantArb, (a) => {
        const r = Object.fromEntries(
          Object.entries(a).map(([k, v]) => [k, { stance: 'deny' as const, value: v }]),
        );
        expect(compareElements(SAMPLE, a, r).summary.disputed).toBe(0);
      }),
    );
  });
});
