import { verifyAuditChains } from '../../server/admin/verify-audit';
import type { ServerDb } from '../../server/db/types';
import type { RoundResult } from '../../shared/sync/engine';
import type { BenchDesktop } from '../bench/bench-desktop';
import { desktopAcks, desktopClientId, desktopConflictIds, desktopUndecided } from '../bench/desktop-state';
import type { WireClient } from '../bench/wire-client';
import {
  ackedExactlyOnce,
  auditChainsVerify,
  conflictsSurfacedOnce,
  rowsMatchServer,
  uniqueOfficialNumbers,
  type Violation,
} from './invariants';

/**
 * At the end of the soak, with every client quiet and drained: read the server's database and every client's
 * state, and run each invariant of invariants.ts over them. `finalRounds` are the desktops' last rounds (a
 * checkpoint with every office's checksum; a difference would have shown as a re-snapshot).
 */
export type SoakFacts = {
  mutations: number;
  rejected: number;
  /** Rejections by mutation and code (a rule's refusal on the server's state is expected under concurrency). */
  rejectedBy: string[];
  /** Outcomes the clients hold (wire acknowledgements and decided desktop outbox entries). */
  acknowledged: number;
  /** Conflict records held by each desktop. */
  conflictsHeld: number[];
  conflicts: number;
  conflictingPushes: number;
  numberedCases: number;
  auditEntries: number;
};

export async function checkSoak(
  db: ServerDb,
  wire: readonly WireClient[],
  desktops: readonly BenchDesktop[],
  finalRounds: readonly RoundResult[],
): Promise<{ violations: Violation[]; facts: SoakFacts }> {
  const outcomes = await db.query<{ client_id: string; mutation_id: string; outcome: string }>(
    'SELECT client_id, mutation_id, outcome FROM mutation_outcomes',
  );
  const server = outcomes.rows.map((r) => ({
    clientId: r.client_id,
    mutationId: Number(r.mutation_id),
    outcome: r.outcome,
  }));
  const audit = await db.query<{ client_id: string; mutation_id: string }>(
    'SELECT client_id, mutation_id FROM audit_log WHERE client_id IS NOT NULL AND mutation_id IS NOT NULL',
  );
  const acks = [
    ...wire.flatMap((c) =>
      [...c.acked.values()].map((o) => ({ clientId: c.clientId, mutationId: o.id, outcome: o.outcome })),
    ),
    ...desktops.flatMap(desktopAcks),
  ];
  const cases = await db.query<{ id: string; no: string | null }>(
    "SELECT id, data->>'officialNo' AS no FROM entity_rows WHERE entity = 'case'",
  );
  const conflicts = await db.query<{ id: string; d: Record<string, unknown> }>(
    "SELECT id, data AS d FROM entity_rows WHERE entity = 'conflict' AND deleted IS NULL",
  );
  const conflicting = server.filter((o) => o.outcome === 'applied_with_conflict');
  const chains = await verifyAuditChains(db);
  const rejectedBy = await db.query<{ name: string; reason: string | null; n: string }>(
    `SELECT name, left(coalesce(reason, code, ''), 40) AS reason, count(*) AS n FROM mutation_outcomes
      WHERE outcome = 'rejected' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5`,
  );

  const violations = [
    ...ackedExactlyOnce(
      acks,
      server,
      audit.rows.map((r) => ({ clientId: r.client_id, mutationId: Number(r.mutation_id) })),
    ),
    ...rowsMatchServer([
      ...wire.map((c) => ({ clientId: c.clientId, resnapshots: [], pending: c.queue.length })),
      ...desktops.map((d, i) => ({
        clientId: desktopClientId(d),
        resnapshots: finalRounds[i]?.resnapshots ?? ['(no final round)'],
        pending: desktopUndecided(d),
      })),
    ]),
    ...uniqueOfficialNumbers(cases.rows.map((r) => ({ caseId: r.id, officialNo: r.no }))),
    ...auditChainsVerify(chains),
    ...conflictsSurfacedOnce(
      conflicts.rows.map((r) => ({
        id: r.id,
        otherClient: String(r.d['otherClient']),
        otherMutationId: Number(r.d['otherMutationId']),
        rowEntity: String(r.d['rowEntity']),
        rowId: String(r.d['rowId']),
      })),
      conflicting,
      desktops.map((d) => ({ clientId: desktopClientId(d), conflictIds: desktopConflictIds(d) })),
    ),
  ];
  return {
    violations,
    facts: {
      mutations: server.length,
      rejected: server.filter((o) => o.outcome === 'rejected').length,
      rejectedBy: rejectedBy.rows.map((r) => `${r.name}「${r.reason ?? ''}」${r.n}`),
      acknowledged: acks.length,
      conflictsHeld: desktops.map((d) => desktopConflictIds(d).length),
      conflicts: conflicts.rows.length,
      conflictingPushes: conflicting.length,
      numberedCases: cases.rows.filter((r) => r.no !== null).length,
      auditEntries: chains.reduce((n, c) => n + c.entries, 0),
    },
  };
}
