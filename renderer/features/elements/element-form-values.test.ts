import { describe, expect, it } from 'vitest';
import type { Element as ElementDef } from '../../../shared/elements';
import {
  blankField,
  blankRow,
  fromField,
  isBlankField,
  MONEY_FORMAT_MESSAGE,
  NUMBER_FORMAT_MESSAGE,
  toField,
} from './element-form-values';
import type { FormIssue } from './element-form-values';

const def = (type: ElementDef['type'], extra: Partial<ElementDef> = {}): ElementDef => ({
  key: 'x',
  label: '要素',
  type,
  required: false,
  help: '说明',
  disputable: true,
  ...extra,
});
const months = def('list', {
  itemFields: [
    { key: 'month', label: '月份', type: 'text', required: true, help: 'h', disputable: true },
    { key: 'paidFen', label: '实发', type: 'money', required: false, help: 'h', disputable: true },
    { key: 'onLeave', label: '休假', type: 'boolean', required: false, help: 'h', disputable: true },
  ],
});

function convert(d: ElementDef, field: unknown) {
  const issues: FormIssue[] = [];
  return { value: fromField(d, field, d.key, issues), issues };
}

describe('toField', () => {
  it('shows money in 元 without separators, numbers as text, blanks as empty fields', () => {
    expect(toField(def('money'), 900000)).toBe('9000.00');
    expect(toField(def('money'), 123456789)).toBe('1234567.89');
    expect(toField(def('number'), 2.5)).toBe('2.5');
    expect(toField(def('boolean'), false)).toBe(false);
    expect(toField(def('boolean'), undefined)).toBeNull();
    expect(toField(def('date_range'), { from: '2020-01-01', to: '2020-12-31' })).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(toField(def('date_range'), undefined)).toEqual({ from: '', to: '' });
    expect(toField(def('text'), undefined)).toBe('');
  });

  it('maps list rows onto the item fields', () => {
    expect(toField(months, [{ month: '2025-01', paidFen: 100 }, 'junk'])).toEqual([
      { month: '2025-01', paidFen: '1.00', onLeave: null },
    ]);
    expect(toField(months, 'not a list')).toEqual([]);
    expect(blankRow(months)).toEqual({ month: '', paidFen: '', onLeave: null });
  });
});

describe('fromField', () => {
  it('converts 元 to integer 分 and reports text that is not money', () => {
    expect(convert(def('money'), '9,000.5')).toEqual({ value: 900050, issues: [] });
    expect(convert(def('money'), '  ')).toEqual({ value: undefined, issues: [] });
    expect(convert(def('money'), '九千')).toEqual({
      value: undefined,
      issues: [{ path: 'x', message: MONEY_FORMAT_MESSAGE }],
    });
    expect(convert(def('money'), '1.234').issues).toHaveLength(1);
  });

  it('converts numbers, booleans, ranges and text; blanks are left out', () => {
    expect(convert(def('number'), ' 3 ').value).toBe(3);
    expect(convert(def('number'), '三').issues).toEqual([{ path: 'x', message: NUMBER_FORMAT_MESSAGE }]);
    expect(convert(def('boolean'), null).value).toBeUndefined();
    expect(convert(def('boolean'), true).value).toBe(true);
    expect(convert(def('date_range'), { from: '', to: '' }).value).toBeUndefined();
    expect(convert(def('date_range'), { from: '2020-01-01', to: '' }).value).toEqual({
      from: '2020-01-01',
      to: '',
    });
    expect(convert(def('text'), '  ').value).toBeUndefined();
    expect(convert(def('choice'), 'a').value).toBe('a');
  });

  it('keeps list rows in order and reports a row field at its own path', () => {
    const r = convert(months, [
      { month: '2025-01', paidFen: '100', onLeave: null },
      { month: '2025-02', paidFen: 'abc', onLeave: true },
    ]);
    expect(r.value).toEqual([
      { month: '2025-01', paidFen: 10000 },
      { month: '2025-02', onLeave: true },
    ]);
    expect(r.issues).toEqual([{ path: 'x.1.paidFen', message: MONEY_FORMAT_MESSAGE }]);
    expect(convert(months, []).value).toBeUndefined();
  });
});

describe('blank fields', () => {
  it('knows what is empty', () => {
    for (const t of ['text', 'money', 'boolean', 'date_range', 'list'] as const)
      expect(isBlankField(blankField(def(t)))).toBe(true);
    expect(isBlankField(false)).toBe(false);
    expect(isBlankField({ from: '2020-01-01', to: '' })).toBe(false);
    expect(isBlankField('x')).toBe(false);
  });
});
