// A small template with every element type, shared by the tests of this folder (not a test file itself; it is
// type-checked with shared/ and imports nothing outside it).

import { validateTemplate } from './template-validate';
import type { ElementTemplate } from './template.schema';

const help = '（《劳动合同法》第十七条）';

export const SAMPLE_JSON = {
  id: 'economic_compensation',
  version: 1,
  title: '经济补偿要素',
  claimTypes: ['economic_compensation'],
  groups: [
    {
      key: 'parties',
      label: '当事人',
      elements: [
        { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 10, help, disputable: false },
        {
          key: 'idNumber',
          label: '公民身份号码',
          type: 'text',
          required: false,
          format: 'id_number',
          help,
          disputable: false,
        },
      ],
    },
    {
      key: 'relationship',
      label: '劳动关系',
      elements: [
        { key: 'hireDate', label: '入职时间', type: 'date', required: true, help },
        { key: 'wageFen', label: '月工资', type: 'money', unit: '元', required: true, max: 100000000, help },
        {
          key: 'hours',
          label: '加班小时数',
          type: 'number',
          unit: '小时',
          required: false,
          min: 0,
          max: 36,
          help,
        },
        {
          key: 'mode',
          label: '离职方式',
          type: 'choice',
          required: false,
          choices: [
            { value: 'mutual', label: '协商一致解除' },
            { value: 'dismissed', label: '用人单位解除' },
          ],
          help,
        },
        { key: 'signed', label: '是否签订书面劳动合同', type: 'boolean', required: false, help },
        { key: 'term', label: '劳动合同期限', type: 'date_range', required: false, help },
        {
          key: 'months',
          label: '月度工资明细',
          type: 'list',
          required: false,
          itemFields: [
            { key: 'month', label: '月份', type: 'text', required: true, format: 'year_month', help },
            { key: 'payableFen', label: '应发工资', type: 'money', required: true, help },
          ],
          help,
        },
      ],
    },
  ],
};

function parse(json: unknown): ElementTemplate {
  const r = validateTemplate(json);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.template;
}

export const SAMPLE: ElementTemplate = parse(SAMPLE_JSON);

/** Valid answers to SAMPLE. */
export const SAMPLE_ANSWERS = {
  name: '张三',
  idNumber: '11010519491231002X',
  hireDate: '2023-03-01',
  wageFen: 900000,
  hours: 12.5,
  mode: 'mutual',
  signed: true,
  term: { from: '2023-03-01', to: '2026-02-28' },
  months: [
    { month: '2025-01', payableFen: 900000 },
    { month: '2025-02', payableFen: 880000 },
  ],
};
