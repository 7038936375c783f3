import type { ClientAck } from '../soak/invariants';
import type { BenchDesktop } from './bench-desktop';

/**
 * What a real desktop holds, read for the invariant checks (scripts may read SQLite directly; the app never
 * does outside electron/main/db/): its device id, its decided outbox entries with the outcome each records,
 * how many are still undecided, and the conflict records it pulled.
 */
const OUTCOME_OF_STATE: Record<string, string> = {
  applied: 'applied',
  conflict: 'applied_with_conflict',
  rejected: 'rejected',
};

export const desktopClientId = (d: BenchDesktop): string => d.core.services.repos.meta.get('client_id') ?? '';

export function desktopAcks(d: BenchDesktop): ClientAck[] {
  const clientId = desktopClientId(d);
  return d.core.db
    .prepare<[], { mutation_id: number; state: string }>(
      'SELECT mutation_id, state FROM outbox ORDER BY mutation_id',
    )
    .all()
    .filter((r) => OUTCOME_OF_STATE[r.state] !== undefined)
    .map((r) => ({ clientId, mutationId: r.mutation_id, outcome: OUTCOME_OF_STATE[r.state] ?? '' }));
}

export function desktopUndecided(d: BenchDesktop): number {
  const c = d.core.services.repos.outbox.countByState();
  return c.pending + c.in_flight + c.held;
}

export const desktopConflictIds = (d: BenchDesktop): string[] =>
  d.core.db
    .prepare<[], { id: string }>('SELECT id FROM sync_conflicts WHERE deleted_at IS NULL')
    .all()
    .map((r) => r.id);
