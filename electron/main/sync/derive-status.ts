import type { SyncState, SyncStatus } from '../../../shared/contracts/sync.schema';
import type { SyncLoopStatus } from '../../../shared/sync/sync-loop';
import type { OutboxState } from '../db/repositories/outbox.repo';
import { unsyncedCount } from './unsynced-count';

export type Enrolment = { serverUrl: string; officeName: string | null };

export type StatusInputs = {
  /** null: this desktop is not bound to a server. */
  enrolment: Enrolment | null;
  loop: SyncLoopStatus;
  counts: Readonly<Record<OutboxState, number>>;
  referenceVersion: string | null;
  files?: SyncStatus['files'];
};

const NO_FILES: SyncStatus['files'] = { waiting: 0, failed: 0, reason: null };

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** The loop records machine codes and exception text; the badge shows one Chinese sentence. */
function reasonOf(loop: SyncLoopStatus, state: SyncState, held: number): string | null {
  switch (state) {
    case 'signin_required':
      return '中心服务器上的登录已失效，请重新登录后继续同步（本机修改不会丢失）';
    case 'upgrade_required':
      // Too old for the server's window (sync §2.13): say what still works, what is kept and what to do.
      return `本软件版本过旧，中心服务器已不再接受本机同步。本机仍可照常离线办案；${
        held > 0 ? `${held} 项修改暂存在本机，不会丢失，` : '之后的修改会暂存在本机，不会丢失，'
      }请升级本软件，升级后将自动上传。`;
    case 'offline':
    case 'error': {
      const e = loop.lastError;
      if (e === 'client_mismatch') return '本设备在中心服务器上的登记与本机不符，请重新接入';
      if (e !== null && hasChinese(e)) return e;
      return state === 'offline' ? '无法连接中心服务器' : '同步时发生内部错误，详情见日志';
    }
    case 'standalone':
    case 'syncing':
    case 'pending':
    case 'synced':
      return null;
  }
}

function stateOf(loop: SyncLoopStatus, pending: number): SyncState {
  switch (loop.state) {
    case 'syncing':
    case 'offline':
    case 'error':
    case 'upgrade_required':
      return loop.state;
    case 'unauthenticated':
      return 'signin_required';
    case 'idle':
    case 'stopped':
      return pending === 0 && loop.lastSyncAt !== null ? 'synced' : 'pending';
  }
}

/**
 * The status the UI shows, from the loop's own status and the outbox counts: a pure function, so the real
 * SyncService only gathers its inputs. A changed outbox wins over an old success: after a local write the badge
 * says 待同步 until the next round, not 已同步.
 */
export function deriveSyncStatus(i: StatusInputs): SyncStatus {
  const pending = unsyncedCount(i.counts);
  const base = {
    pending,
    rejected: i.counts.rejected,
    referenceVersion: i.referenceVersion,
    files: i.files ?? NO_FILES,
    lastSyncAt: i.loop.lastSyncAt === null ? null : new Date(i.loop.lastSyncAt).toISOString(),
  };
  if (i.enrolment === null)
    return { ...base, enrolled: false, serverUrl: null, officeName: null, state: 'standalone', error: null };
  const state = stateOf(i.loop, pending);
  return {
    ...base,
    enrolled: true,
    serverUrl: i.enrolment.serverUrl,
    officeName: i.enrolment.officeName,
    state,
    error: reasonOf(i.loop, state, pending),
  };
}

/** The blob queue's open transfers as the status shows them; the stored failure is `{ direction, reason }`. */
export function fileStatus(t: {
  waiting: number;
  failed: number;
  lastFailure: string | null;
}): SyncStatus['files'] {
  let reason: string | null = null;
  if (t.lastFailure !== null)
    try {
      const f = JSON.parse(t.lastFailure) as { direction?: string; reason?: string };
      reason = `${f.direction === 'down' ? '下载' : '上传'}文件失败：${f.reason ?? '原因不明'}`;
    } catch {
      reason = '文件传输失败（原因记录无法读取）';
    }
  return { waiting: t.waiting, failed: t.failed, reason };
}
