import type { WireMutation } from '../../shared/sync/protocol';
import { commitRows, type RowWrite } from '../../server/sync/rows';
import type { ServerDb } from '../../server/db/types';
import { COMMITTEE, U } from '../../server/testing/sync-fixture';
import { registerMutation, uid } from '../../server/testing/wire-builders';

/**
 * The registration every load figure pushes (a committee arbitration case: case, two parties, a claim, the
 * receipt event — server/testing/wire-builders.ts), and its floor: the same rows written straight into the
 * feed with `commitRows`, without HTTP, checks or re-planning.
 */
export const registration = (clientId: string, id: number, n: number): WireMutation =>
  registerMutation(id, {
    caseId: uid(`${clientId}-case-${n}`),
    officeId: COMMITTEE,
    userId: U.admin,
    kind: 'arbitration',
  });

export function registrationRows(name: string): RowWrite[] {
  const caseId = uid(name);
  return registerMutation(0, {
    caseId,
    officeId: COMMITTEE,
    userId: U.admin,
    kind: 'arbitration',
  }).changes.map((c) => ({
    entity: c.entity,
    id: c.id,
    officeId: COMMITTEE,
    caseId,
    data: c.row,
    changed: '*' as const,
    deleted: null,
  }));
}

/** `names.length` registrations' rows in one transaction, as one server transaction of the feed. */
export async function commitRegistrations(db: ServerDb, names: readonly string[]): Promise<void> {
  await db.tx((q) =>
    commitRows(q, names.flatMap(registrationRows), { clientId: null, mutationId: null }).then(
      () => undefined,
    ),
  );
}
