import { describe, expect, it } from 'vitest';
import { chinaTime, coverageText } from './coverage';

describe('coverageText', () => {
  const base = {
    offices: [{ name: '示例仲裁委' }, { name: '城关调解委员会' }],
    computedAt: '2026-10-30T02:00:00Z',
  };
  it.each([
    [
      { enrolled: false, lastSyncAt: null },
      '数据范围：示例仲裁委、城关调解委员会（本机单机数据）；统计时间 2026-10-30 10:00',
    ],
    [
      { enrolled: true, lastSyncAt: null },
      '数据范围：示例仲裁委、城关调解委员会（尚未与中心服务器同步，仅含本机数据）；统计时间 2026-10-30 10:00',
    ],
    [
      { enrolled: true, lastSyncAt: '2026-10-29T15:30:00Z' },
      '数据范围：示例仲裁委、城关调解委员会（本机数据，截至最近一次同步 2026-10-29 23:30）；统计时间 2026-10-30 10:00',
    ],
  ])('%j', (sync, text) => {
    expect(coverageText({ ...base, ...sync })).toBe(text);
  });
  it('shows China time across midnight UTC', () => {
    expect(chinaTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00');
  });
});
