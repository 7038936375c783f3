import { useSyncExternalStore } from 'react';
import { call, onCallSucceeded } from '../../api/client';
import type { SyncStatus } from '../../../shared/contracts/sync.schema';
import type { AppError } from '../../../shared/result';

/**
 * One sync status for the whole window: the header badge and the 同步设置 page read the same snapshot, so they
 * never disagree. Polled every 5 s while anything shows it, and shortly after any other successful call (a write
 * adds to 待同步 at once); answers that arrive out of order are dropped.
 */
export type SyncSnapshot = { status: SyncStatus | undefined; error: AppError | undefined };

const POLL_MS = 5_000;
const AFTER_CALL_MS = 300;

let snapshot: SyncSnapshot = { status: undefined, error: undefined };
const listeners = new Set<() => void>();
let poll: ReturnType<typeof setInterval> | null = null;
let soon: ReturnType<typeof setTimeout> | null = null;
let stopAfterCalls: (() => void) | null = null;
let requestNo = 0;

function publish(next: SyncSnapshot): void {
  snapshot = next;
  for (const l of listeners) l();
}

/** Puts a status the caller already has (from 立即同步, 接入 or 退出) in place without another round trip. */
export function publishSyncStatus(status: SyncStatus): void {
  requestNo++;
  publish({ status, error: undefined });
}

export async function refreshSyncStatus(): Promise<void> {
  const mine = ++requestNo;
  const r = await call('sync:status', {});
  if (mine !== requestNo) return;
  // On a failed poll the last known status stays on screen, with the error beside it.
  publish(r.ok ? { status: r.value, error: undefined } : { status: snapshot.status, error: r.error });
}

function refreshSoon(): void {
  if (soon !== null) clearTimeout(soon);
  soon = setTimeout(() => {
    soon = null;
    void refreshSyncStatus();
  }, AFTER_CALL_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    void refreshSyncStatus();
    poll = setInterval(() => void refreshSyncStatus(), POLL_MS);
    stopAfterCalls = onCallSucceeded((channel) => {
      if (!channel.startsWith('sync:')) refreshSoon();
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    if (poll !== null) clearInterval(poll);
    if (soon !== null) clearTimeout(soon);
    stopAfterCalls?.();
    poll = soon = stopAfterCalls = null;
  };
}

export function useSyncStatus(): SyncSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}
