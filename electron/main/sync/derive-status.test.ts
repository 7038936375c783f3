import { describe, expect, it } from 'vitest';
import type { SyncLoopStatus } from '../../../shared/sync/sync-loop';
import { OUTBOX_STATES, type OutboxState } from '../db/repositories/outbox.repo';
import { deriveSyncStatus, type StatusInputs } from './derive-status';

const T = Date.UTC(2026, 4, 11, 2, 30);
const counts = (over: Partial<Record<OutboxState, number>> = {}) => ({
  ...(Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>),
  ...over,
});
const loop = (over: Partial<SyncLoopStatus> = {}): SyncLoopStatus => ({
  state: 'idle',
  lastSyncAt: T,
  lastError: null,
  consecutiveFailures: 0,
  nextAttemptAt: null,
  lastRound: null,
  ...over,
});
const enrolled = (over: Partial<StatusInputs> = {}): StatusInputs => ({
  enrolment: { serverUrl: 'http://10.0.0.1:8787', officeName: '示例调解组织' },
  loop: loop(),
  counts: counts(),
  referenceVersion: '7',
  ...over,
});

describe('deriveSyncStatus', () => {
  it('is standalone without an enrolment, whatever the loop says', () => {
    expect(
      deriveSyncStatus({ ...enrolled({ loop: loop({ state: 'error' }) }), enrolment: null }),
    ).toMatchObject({
      enrolled: false,
      state: 'standalone',
      serverUrl: null,
      error: null,
    });
  });

  it('says synced only when nothing waits, and pending after a local write', () => {
    expect(deriveSyncStatus(enrolled())).toMatchObject({
      state: 'synced',
      lastSyncAt: '2026-05-11T02:30:00.000Z',
      referenceVersion: '7',
      officeName: '示例调解组织',
    });
    expect(
      deriveSyncStatus(enrolled({ counts: counts({ pending: 2, held: 1, rejected: 4 }) })),
    ).toMatchObject({
      state: 'pending',
      pending: 3,
      rejected: 4,
    });
    expect(deriveSyncStatus(enrolled({ loop: loop({ lastSyncAt: null }) })).state).toBe('pending');
  });

  it('turns the loop states and codes into the badge states with a Chinese reason', () => {
    const of = (l: Partial<SyncLoopStatus>) => {
      const s = deriveSyncStatus(enrolled({ loop: loop(l) }));
      return [s.state, s.error];
    };
    expect(of({ state: 'syncing' })).toEqual(['syncing', null]);
    expect(of({ state: 'offline', lastError: '无法连接中心服务器：ECONNREFUSED' })).toEqual([
      'offline',
      '无法连接中心服务器：ECONNREFUSED',
    ]);
    expect(of({ state: 'error', lastError: 'TypeError: x is undefined' })).toEqual([
      'error',
      '同步时发生内部错误，详情见日志',
    ]);
    expect(of({ state: 'error', lastError: 'client_mismatch' })).toEqual([
      'error',
      '本设备在中心服务器上的登记与本机不符，请重新接入',
    ]);
    expect(of({ state: 'unauthenticated', lastError: 'unauthenticated' })[0]).toBe('signin_required');
    expect(of({ state: 'upgrade_required' })[1]).toMatch(/升级/);
  });

  it('tells a desktop too old for the server that it works offline, how many changes it holds, and to update', () => {
    const s = deriveSyncStatus(
      enrolled({ loop: loop({ state: 'upgrade_required' }), counts: counts({ held: 3, pending: 1 }) }),
    );
    expect(s).toMatchObject({ state: 'upgrade_required', pending: 4 });
    expect(s.error).toBe(
      '本软件版本过旧，中心服务器已不再接受本机同步。本机仍可照常离线办案；4 项修改暂存在本机，不会丢失，请升级本软件，升级后将自动上传。',
    );
  });
});
