import type { OutboxState } from '../db/repositories/outbox.repo';

/**
 * 待同步 N 项: every entry the server has not decided yet. Besides 'pending' that is an entry in flight (its push
 * may have been lost) and one held back because the server wants a newer app: each would be lost by leaving the
 * server, so the badge and the leave guard count them all.
 */
export function unsyncedCount(counts: Readonly<Record<OutboxState, number>>): number {
  return counts.pending + counts.in_flight + counts.held;
}
