import { describe, expect, it } from 'vitest';
import { barDateText, limitationStatusTag } from './limitation-display';

describe('limitation display', () => {
  it('colours the status: green in time, orange barred, grey otherwise', () => {
    expect(limitationStatusTag('in_time')).toEqual({ label: '在时效内', color: 'green' });
    expect(limitationStatusTag('time_barred')).toEqual({ label: '已超过时效', color: 'orange' });
    expect(limitationStatusTag('not_running')).toEqual({ label: '在职期间不计算', color: 'default' });
    expect(limitationStatusTag('undetermined')).toEqual({ label: '无法确定', color: 'default' });
  });
  it('says why there is no 届满日', () => {
    expect(barDateText({ barDate: '2026-03-10', status: 'in_time' })).toBe('2026-03-10');
    expect(barDateText({ barDate: null, status: 'not_running' })).toBe('不起算');
    expect(barDateText({ barDate: null, status: 'undetermined' })).toBe('暂无法计算');
  });
});
