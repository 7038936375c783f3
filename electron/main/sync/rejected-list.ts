import { z } from 'zod';
import type { RejectedMutation } from '../../../shared/contracts/sync.schema';
import { MUTATIONS } from '../../../shared/mutations/definitions';
import type { RejectedOutboxRow } from '../db/repositories/outbox.repo';

/** The part of the server's MutationOutcome the list shows; anything else in the JSON is ignored. */
const StoredOutcome = z.object({ reason: z.string().optional(), code: z.string().optional() });

/** The label of a mutation name, or the name itself for one this version does not know (a newer client's). */
export function mutationLabel(name: string): string {
  return Object.hasOwn(MUTATIONS, name) ? MUTATIONS[name as keyof typeof MUTATIONS].label : name;
}

/**
 * One refused outbox entry for the 被拒绝的操作 list. `outcome` is the server's MutationOutcome as JSON
 * (docs/sync.md §2.3); an entry refused without one (or with unreadable JSON) still shows, with last_error or a
 * generic reason, because a refusal the user cannot see is a lost change.
 */
export function toRejectedMutation(row: RejectedOutboxRow): RejectedMutation {
  let reason: string | null = null;
  let code = '';
  if (row.outcome !== null) {
    try {
      const parsed = StoredOutcome.safeParse(JSON.parse(row.outcome));
      if (parsed.success) {
        if (parsed.data.reason !== undefined && parsed.data.reason !== '') reason = parsed.data.reason;
        code = parsed.data.code ?? '';
      }
    } catch {
      // Kept as unreadable: the generic reason below.
    }
  }
  return {
    mutationId: row.mutationId,
    name: row.name,
    label: mutationLabel(row.name),
    at: row.deviceTime,
    reason: reason ?? row.lastError ?? '中心服务器拒绝了此操作（未说明原因）',
    code,
  };
}
