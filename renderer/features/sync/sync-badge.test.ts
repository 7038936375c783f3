import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/contracts/sync.schema';
import {
  chinaDateTime,
  filesText,
  syncBadgeText,
  syncBadgeTooltip,
  syncNowDisabledReason,
} from './sync-badge';

// 2026-05-11 15:00 in China; the last sync at 10:05 China time the same day.
const NOW = Date.UTC(2026, 4, 11, 7, 0);
const status = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  enrolled: true,
  serverUrl: 'http://10.0.0.1:8787',
  officeName: '示例调解组织',
  state: 'synced',
  pending: 0,
  rejected: 0,
  lastSyncAt: '2026-05-11T02:05:00.000Z',
  error: null,
  referenceVersion: null,
  files: { waiting: 0, failed: 0, reason: null },
  ...over,
});

describe('syncBadgeText', () => {
  it('names every state in Chinese', () => {
    const text = (over: Partial<SyncStatus>) => syncBadgeText(status(over), NOW);
    expect(text({ state: 'standalone', enrolled: false, pending: 12 })).toBe('单机模式');
    expect(text({ state: 'offline' })).toBe('离线');
    expect(text({ state: 'offline', pending: 3 })).toBe('离线 · 待同步 3 项');
    expect(text({ state: 'syncing', pending: 3 })).toBe('同步中');
    expect(text({ state: 'pending', pending: 3 })).toBe('待同步 3 项');
    expect(text({ state: 'pending', pending: 0, lastSyncAt: null })).toBe('尚未同步');
    expect(text({ state: 'synced' })).toBe('已同步 · 上次同步 10:05');
    expect(text({ state: 'synced', lastSyncAt: null })).toBe('已同步');
    expect(text({ state: 'error', error: '中心服务器拒绝了请求（HTTP 400）' })).toBe(
      '同步出错：中心服务器拒绝了请求（HTTP 400）',
    );
    expect(text({ state: 'error' })).toBe('同步出错：原因未知');
    expect(text({ state: 'signin_required' })).toBe('需要重新登录');
    expect(text({ state: 'upgrade_required', pending: 0 })).toBe('需要升级');
    expect(text({ state: 'upgrade_required', pending: 4 })).toBe('需要升级 · 暂存 4 项');
  });

  it('shows the day as well when the last sync was not today (China time)', () => {
    // 23:30 UTC on the 10th is 07:30 on the 11th in China: still today.
    expect(syncBadgeText(status({ lastSyncAt: '2026-05-10T23:30:00.000Z' }), NOW)).toBe(
      '已同步 · 上次同步 07:30',
    );
    expect(syncBadgeText(status({ lastSyncAt: '2026-05-09T02:05:00.000Z' }), NOW)).toBe(
      '已同步 · 上次同步 05-09 10:05',
    );
  });
});

describe('立即同步 and the tooltip', () => {
  it('is disabled with a reason when standalone, busy or outdated', () => {
    expect(syncNowDisabledReason(status({ state: 'standalone', enrolled: false }))).toMatch(/单机模式/);
    expect(syncNowDisabledReason(status({ state: 'syncing' }))).toBe('正在同步，请稍候');
    expect(syncNowDisabledReason(status({ state: 'upgrade_required' }))).toMatch(/升级/);
    expect(syncNowDisabledReason(status({ state: 'offline' }))).toBeNull();
    expect(syncNowDisabledReason(status({ state: 'error' }))).toBeNull();
  });

  it('says why, where and when', () => {
    expect(
      syncBadgeTooltip(status({ state: 'error', error: '无法连接中心服务器', pending: 2, rejected: 1 })),
    ).toBe(
      '无法连接中心服务器\n中心服务器：http://10.0.0.1:8787\n上次同步：2026-05-11 10:05\n待上传的修改：2 项\n被中心服务器拒绝：1 项',
    );
    expect(chinaDateTime('not a date')).toBeNull();
  });
});

describe('filesText', () => {
  it('says how many files wait and how many failed, or nothing when none wait', () => {
    expect(filesText({ waiting: 0, failed: 0, reason: null })).toBeNull();
    expect(filesText({ waiting: 2, failed: 0, reason: null })).toBe('待传输的文件：2 个');
    expect(filesText({ waiting: 3, failed: 1, reason: '上传文件失败：校验失败' })).toBe(
      '待传输的文件：3 个（1 个失败，将自动重试）',
    );
  });
  it('puts the failure’s reason in the badge’s tooltip', () => {
    const tip = syncBadgeTooltip(
      status({ files: { waiting: 1, failed: 1, reason: '上传文件失败：文件校验失败' } }),
    );
    expect(tip).toContain('待传输的文件：1 个（1 个失败，将自动重试）');
    expect(tip).toContain('上传文件失败：文件校验失败');
  });
});
