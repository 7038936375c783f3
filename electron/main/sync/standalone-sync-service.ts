import type { SyncStatus } from '../../../shared/contracts/sync.schema';
import { err, ok } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import { toRejectedMutation } from './rejected-list';
import { refuseLeave, refuseUnlessAdmin, type SyncService } from './sync-service';
import { unsyncedCount } from './unsynced-count';

/**
 * The SyncService of a desktop that is not connected to a central server: every change stays in the local
 * outbox (counted, so the user sees how much would be uploaded), and enrolment is refused until the real
 * service replaces this one.
 */
export function createStandaloneSyncService(repos: Pick<Repos, 'outbox'>): SyncService {
  const listeners = new Set<(s: SyncStatus) => void>();
  const status = (): SyncStatus => {
    const counts = repos.outbox.countByState();
    return {
      enrolled: false,
      serverUrl: null,
      officeName: null,
      state: 'standalone',
      pending: unsyncedCount(counts),
      rejected: counts.rejected,
      lastSyncAt: null,
      error: null,
      referenceVersion: null,
      files: { waiting: 0, failed: 0, reason: null },
    };
  };
  return {
    status,
    syncNow: () => Promise.resolve(status()),
    enrol: (_args, actor) =>
      Promise.resolve(refuseUnlessAdmin(actor, '接入') ?? err('SYNC_UNAVAILABLE', '尚未接入中心服务器功能')),
    leave: (args, actor) => {
      const current = status();
      // Nothing to unbind; the pending check still runs first so the rule reads the same in both services.
      return Promise.resolve(refuseUnlessAdmin(actor, '退出') ?? refuseLeave(current, args) ?? ok(current));
    },
    rejected: () => repos.outbox.rejected().map(toRejectedMutation),
    onChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
