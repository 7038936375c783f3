import { describe, expect, it } from 'vitest';
import { validateTemplate } from '.';

const el = (over: Record<string, unknown> = {}) => ({
  key: 'hireDate',
  label: '入职时间',
  type: 'date',
  required: true,
  help: '用人单位自用工之日起即与劳动者建立劳动关系（《劳动合同法》第七条）',
  ...over,
});

const tpl = (elements: unknown[], over: Record<string, unknown> = {}) => ({
  id: 'economic_compensation',
  version: 1,
  title: '经济补偿要素',
  claimTypes: ['economic_compensation'],
  groups: [{ key: 'calc', label: '计算要素', elements }],
  ...over,
});

const messages = (json: unknown): string[] => {
  const r = validateTemplate(json);
  return r.ok ? [] : r.issues.map((i) => i.message);
};

describe('validateTemplate', () => {
  it('accepts a minimal template and fills disputable = true', () => {
    const r = validateTemplate(tpl([el()]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.template.groups[0]?.elements[0]?.disputable).toBe(true);
  });

  it.each([
    [
      'duplicate keys',
      tpl([el(), el({ label: '用工之日' })]),
      '要素“用工之日”（hireDate）：要素键“hireDate”重复（已用于“入职时间”）',
    ],
    [
      'choice without choices',
      tpl([el({ key: 'mode', label: '离职方式', type: 'choice' })]),
      '要素“离职方式”（mode）：类型为选择项（choice），须列出可选项（choices）',
    ],
    [
      'choices on a non-choice',
      tpl([el({ choices: [{ value: 'a', label: '甲' }] })]),
      '要素“入职时间”（hireDate）：只有选择项（choice）可以设置可选项（choices）',
    ],
    [
      'duplicate choice values',
      tpl([
        el({
          key: 'mode',
          label: '离职方式',
          type: 'choice',
          choices: [
            { value: 'a', label: '甲' },
            { value: 'a', label: '乙' },
          ],
        }),
      ]),
      '要素“离职方式”（mode）：可选项取值“a”重复',
    ],
    [
      'list without itemFields',
      tpl([el({ key: 'months', label: '欠薪月份', type: 'list' })]),
      '要素“欠薪月份”（months）：类型为列表（list），须列出列表项字段（itemFields）',
    ],
    [
      'a list nested in a list',
      tpl([
        el({
          key: 'months',
          label: '欠薪月份',
          type: 'list',
          itemFields: [el({ key: 'inner', label: '内层', type: 'list' })],
        }),
      ]),
      '要素“欠薪月份”（months）的列表项“内层”（inner）：列表项内不能再嵌套列表',
    ],
    ['unknown claim type', tpl([el()], { claimTypes: ['severance_pay'] }), '未知的请求类型“severance_pay”'],
    ['version 0', tpl([el()], { version: 0 }), '版本号（version）须为正整数（不小于 1）'],
    ['version 1.5', tpl([el()], { version: 1.5 }), '版本号（version）须为正整数'],
    [
      'a bad key',
      tpl([el({ key: 'Hire-date' })]),
      '要素“入职时间”（Hire-date）：要素键（key）须以小写字母开头，只含字母、数字和下划线',
    ],
    ['no help', tpl([el({ help: '' })]), '要素“入职时间”（hireDate）：请填写填写说明（help，含法律依据）'],
    [
      'an unknown field',
      tpl([el({ colour: 'red' })]),
      '要素“入职时间”（hireDate）：要素含有无法识别的字段：colour',
    ],
    [
      'maxLength on a date',
      tpl([el({ maxLength: 10 })]),
      '要素“入职时间”（hireDate）：只有文字（text）可以设置最大长度（maxLength）',
    ],
    [
      'min on a date',
      tpl([el({ min: 1 })]),
      '要素“入职时间”（hireDate）：只有数字（number）和金额（money）可以设置最小值/最大值',
    ],
    [
      'min > max',
      tpl([el({ key: 'n', label: '月数', type: 'number', min: 5, max: 1 })]),
      '要素“月数”（n）：最小值大于最大值',
    ],
    [
      'an unknown calcInput',
      tpl([el({ calcInput: 'economicCompensation.hireDay' })]),
      '要素“入职时间”（hireDate）：计算器输入“economicCompensation.hireDay”不存在',
    ],
    [
      'a calcInput of the wrong type',
      tpl([el({ calcInput: 'economicCompensation.avgMonthlyWageFen' })]),
      '要素“入职时间”（hireDate）：计算器输入“economicCompensation.avgMonthlyWageFen”（离职前十二个月平均工资）不接受date类型的要素',
    ],
    [
      "another claim's calculator",
      tpl([el({ calcInput: 'doubleWages.startDate' })]),
      '要素“入职时间”（hireDate）：计算器输入“doubleWages.startDate”与本模板的请求类型不符',
    ],
    [
      'one calcInput fed twice',
      tpl([
        el({ calcInput: 'economicCompensation.startDate' }),
        el({ key: 'start2', label: '用工之日', calcInput: 'economicCompensation.startDate' }),
      ]),
      '要素“用工之日”（start2）：计算器输入“economicCompensation.startDate”已由“入职时间”提供，不能重复',
    ],
    [
      'a calculator list without its item keys',
      tpl(
        [
          el({
            key: 'rows',
            label: '欠薪月份',
            type: 'list',
            calcInput: 'wageArrears.months',
            itemFields: [el({ key: 'month', label: '月份', type: 'text' })],
          }),
        ],
        {
          id: 'wage_arrears',
          claimTypes: ['wage_arrears'],
        },
      ),
      '要素“欠薪月份”（rows）：计算器输入“wageArrears.months”需要列表项字段：payableFen、paidFen',
    ],
    [
      'base with claim types',
      tpl([el()], { id: 'base' }),
      '基础要素模板（base）适用于全部请求类型，claimTypes 应为空列表',
    ],
    [
      'a claim template serving nothing',
      tpl([el()], { claimTypes: [] }),
      '请至少填写一个适用的请求类型（claimTypes）',
    ],
    ['an empty group', tpl([]), '分组“计算要素”（calc）：分组至少须有一个要素'],
  ])('rejects %s', (_name, json, message) => {
    expect(messages(json)).toContain(message);
  });

  it('names an element without a label by its position', () => {
    expect(
      messages(tpl([el(), { key: 'x', type: 'date', required: true, help: '（《劳动法》）' }])),
    ).toContain('要素（x）：请填写要素名称（label）');
    expect(messages(tpl([el(), { type: 'date' }]))).toContain('第 2 个要素：请填写要素键（key）');
  });

  it('gives a dotted path to the offending field', () => {
    const r = validateTemplate(tpl([el(), el({ key: 'mode', label: '方式', type: 'choice' })]));
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toContain('groups.0.elements.1.choices');
  });

  it('rejects what is not a template object', () => {
    expect(messages(null)).toEqual(['要素模板应为对象']);
    expect(messages([])).toEqual(['要素模板应为对象']);
  });
});
