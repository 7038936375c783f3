import { describe, expect, it } from 'vitest';
import { checkText, chinaTime, healthText, restoreWarning, sizeText } from './backup-display';

describe('backup display', () => {
  it('shows times in China time, sizes in readable units and the check verdict', () => {
    expect(chinaTime('2026-11-25T18:30:00.000Z')).toBe('2026-11-26 02:30');
    expect(sizeText(512)).toBe('512 B');
    expect(sizeText(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(checkText(null)).toEqual({ text: '未校验', ok: null });
    expect(
      checkText({ ok: false, at: '2026-11-25T02:00:00.000Z', problems: ['Tree 12 page 4 cell 0: …'] }),
    ).toEqual({
      text: '校验未通过：Tree 12 page 4 cell 0: …',
      ok: false,
    });
  });

  it('says damage first, then a failed scheduled backup, else nothing', () => {
    const base = { state: 'ok' as const, problems: [], checkedAt: null, backupFailure: null };
    expect(healthText(base)).toBeNull();
    expect(healthText({ ...base, backupFailure: { at: 'x', message: '磁盘已满' } })).toEqual({
      level: 'warning',
      text: '最近一次自动备份失败：磁盘已满',
    });
    expect(
      healthText({
        ...base,
        state: 'damaged',
        problems: ['page 7 is never used'],
        backupFailure: { at: 'x', message: 'y' },
      })?.level,
    ).toBe('error');
  });

  it('the restore confirmation says the current file is kept, not deleted', () => {
    const w = restoreWarning({
      name: 'n',
      at: '2026-11-25T02:00:00.000Z',
      size: 1,
      kind: 'daily',
      check: null,
    });
    expect(w).toMatch(/2026-11-25 10:00 的备份（每日自动）/);
    expect(w).toMatch(/不会删除/);
  });
});
