import { describe, expect, it } from 'vitest';
import { answersSchema, respondentAnswersSchema, validateAnswers, validateRespondentAnswers } from '.';
import { SAMPLE, SAMPLE_ANSWERS } from './test-fixtures';

const issues = (answers: unknown) => {
  const r = validateAnswers(SAMPLE, answers);
  return r.ok ? [] : r.issues;
};
const with_ = (over: Record<string, unknown>) => ({ ...SAMPLE_ANSWERS, ...over });

describe('validateAnswers', () => {
  it('accepts complete answers and normalises a lower-case x in an ID number', () => {
    const r = validateAnswers(SAMPLE, with_({ idNumber: '11010519491231002x' }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.answers['idNumber']).toBe('11010519491231002X');
  });

  it('drops blank optional fields (a form sends "" or null for "not filled in")', () => {
    const r = validateAnswers(SAMPLE, {
      name: '张三',
      hireDate: '2023-03-01',
      wageFen: 0,
      mode: '',
      hours: null,
    });
    expect(r).toEqual({ ok: true, answers: { name: '张三', hireDate: '2023-03-01', wageFen: 0 } });
  });

  it.each([
    ['a required text missing', with_({ name: undefined }), 'name', '姓名', '请填写姓名'],
    ['a required text blank', with_({ name: '   ' }), 'name', '姓名', '请填写姓名'],
    ['text too long', with_({ name: '张'.repeat(11) }), 'name', '姓名', '姓名不能超过 10 个字符'],
    ['text of the wrong type', with_({ name: 5 }), 'name', '姓名', '姓名应为文字'],
    [
      'a bad ID number',
      with_({ idNumber: '110105194912310021' }),
      'idNumber',
      '公民身份号码',
      '公民身份号码：',
    ],
    ['a required date missing', with_({ hireDate: '' }), 'hireDate', '入职时间', '请填写入职时间'],
    [
      'a date not in YYYY-MM-DD',
      with_({ hireDate: '2023/03/01' }),
      'hireDate',
      '入职时间',
      '入职时间应为真实日期，格式 YYYY-MM-DD',
    ],
    [
      'a date that does not exist',
      with_({ hireDate: '2023-02-29' }),
      'hireDate',
      '入职时间',
      '入职时间应为真实日期，格式 YYYY-MM-DD',
    ],
    [
      'money in yuan with decimals',
      with_({ wageFen: 9000.5 }),
      'wageFen',
      '月工资',
      '月工资须精确到分（以“分”为单位的整数）',
    ],
    ['negative money', with_({ wageFen: -1 }), 'wageFen', '月工资', '月工资不能为负数'],
    [
      'money as text',
      with_({ wageFen: '9000' }),
      'wageFen',
      '月工资',
      '月工资应为金额（以“分”为单位的整数）',
    ],
    [
      'money above the max',
      with_({ wageFen: 100000001 }),
      'wageFen',
      '月工资',
      '月工资不能高于 1,000,000.00 元',
    ],
    ['a number below min', with_({ hours: -1 }), 'hours', '加班小时数', '加班小时数不能小于 0小时'],
    ['a number above max', with_({ hours: 37 }), 'hours', '加班小时数', '加班小时数不能大于 36小时'],
    [
      'a choice not offered',
      with_({ mode: 'fired' }),
      'mode',
      '离职方式',
      '离职方式的取值“fired”不在可选项中（可选：协商一致解除、用人单位解除）',
    ],
    [
      'a boolean as text',
      with_({ signed: '是' }),
      'signed',
      '是否签订书面劳动合同',
      '是否签订书面劳动合同应为“是”或“否”',
    ],
    [
      'a range ending before it starts',
      with_({ term: { from: '2024-01-01', to: '2023-12-31' } }),
      'term.to',
      '劳动合同期限',
      '劳动合同期限的结束日期早于开始日期',
    ],
    [
      'a range with a bad date',
      with_({ term: { from: '2024-13-01', to: '2024-12-31' } }),
      'term.from',
      '劳动合同期限',
      '劳动合同期限的开始日期应为真实日期，格式 YYYY-MM-DD',
    ],
    [
      'a range as text',
      with_({ term: '2023 至 2026' }),
      'term',
      '劳动合同期限',
      '劳动合同期限应为起止日期（from、to）',
    ],
    [
      'a list row with a bad month',
      with_({ months: [{ month: '2025-13', payableFen: 1 }] }),
      'months.0.month',
      '月度工资明细',
      '月度工资明细第 1 项：月份格式应为 YYYY-MM（如 2025-01）',
    ],
    [
      'a list row missing a field',
      with_({ months: [{ month: '2025-01', payableFen: 1 }, { month: '2025-02' }] }),
      'months.1.payableFen',
      '月度工资明细',
      '月度工资明细第 2 项：请填写应发工资',
    ],
    [
      'a list row with an unknown field',
      with_({ months: [{ month: '2025-01', payableFen: 1, bonus: 2 }] }),
      'months.0',
      '月度工资明细',
      '月度工资明细第 1 项：月度工资明细的列表项含有无法识别的字段：bonus',
    ],
    [
      'a list that is not a list',
      with_({ months: { month: '2025-01' } }),
      'months',
      '月度工资明细',
      '月度工资明细应为列表',
    ],
    ['an unknown element', with_({ salary: 1 }), '', '', '未知的要素：salary（不属于“经济补偿要素”）'],
  ])('reports %s, naming the element', (_name, answers, path, label, message) => {
    const found = issues(answers);
    expect(found.map((i) => i.path)).toContain(path);
    const issue = found.find((i) => i.path === path);
    expect(issue?.label).toBe(label);
    expect(issue?.message.startsWith(message)).toBe(true);
  });

  it('rejects what is not an object', () => {
    expect(issues('x').map((i) => i.message)).toEqual(['要素填写内容应为对象']);
  });

  it('answersSchema is the same check, for react-hook-form', () => {
    expect(answersSchema(SAMPLE).safeParse(SAMPLE_ANSWERS).success).toBe(true);
    const r = answersSchema(SAMPLE).safeParse(with_({ wageFen: -1 }));
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['wageFen', '月工资不能为负数'],
    ]);
  });
});

describe('validateRespondentAnswers', () => {
  it('accepts 认可, 不认可 with a value, and 未答辩', () => {
    const r = validateRespondentAnswers(SAMPLE, {
      hireDate: { stance: 'deny', value: '2023-05-01', note: '试用期自5月起' },
      wageFen: { stance: 'admit' },
      mode: { stance: 'no_answer' },
    });
    expect(r.ok).toBe(true);
  });

  it('requires the respondent’s own value with 不认可, typed like the element', () => {
    const r = validateRespondentAnswers(SAMPLE, {
      hireDate: { stance: 'deny' },
      wageFen: { stance: 'deny', value: 12.5 },
      mode: { stance: 'maybe' },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message])).toEqual([
      ['hireDate.value', '对“入职时间”不认可的，请填写被申请人主张的入职时间'],
      ['wageFen.value', '被申请人主张的月工资须精确到分（以“分”为单位的整数）'],
      ['mode.stance', '请选择对“离职方式”的答辩意见（认可、不认可或未答辩）'],
    ]);
  });

  it('respondentAnswersSchema rejects answers to elements not in the template', () => {
    expect(respondentAnswersSchema(SAMPLE).safeParse({ salary: { stance: 'admit' } }).success).toBe(false);
  });
});
