import { expect } from 'vitest';
import type { PushRequest } from '../../shared/sync/protocol';
import type { ServerDb } from '../../server/db/types';
import { commitRows } from '../../server/sync/rows';
import { uid } from '../../server/testing/wire-builders';
import { ModelBlobs } from './model-blobs';
import { ModelClient } from './model-client';

/**
 * The sync model's world on the server (tests/sync/sync-model.test.ts): each run's committee, two stations and
 * their people with fresh ids, one device per person, and the server-side facts the invariants read.
 */
export async function modelWorld(db: ServerDb, run: number, clients: number) {
  const ids = {
    committee: uid(`${run}-c`),
    s1: uid(`${run}-s1`),
    s2: uid(`${run}-s2`),
  };
  const offices: [string, string, string | null][] = [
    [ids.committee, 'committee', null],
    [ids.s1, 'station', ids.committee],
    [ids.s2, 'station', ids.committee],
  ];
  const people: [string, string, string[]][] = [
    [uid(`${run}-admin`), ids.committee, ['admin', 'director', 'clerk']],
    // Station heads (director) as well as mediators: an edit is a 更正, which the default rules leave to the
    // case's A角 or a director, and the model's cases have no A角.
    [uid(`${run}-m1`), ids.s1, ['mediator', 'director']],
    [uid(`${run}-m1b`), ids.s1, ['mediator', 'director']],
    [uid(`${run}-m2`), ids.s2, ['mediator', 'director']],
  ];
  await db.tx((q) =>
    commitRows(
      q,
      [
        ...offices.map(([id, kind, parentId]) => ({
          entity: 'office' as const,
          id,
          officeId: id,
          caseId: null,
          changed: '*' as const,
          deleted: null,
          data: {
            id,
            officeId: id,
            kind,
            name: kind,
            shortName: '示例',
            parentId,
            createdAt: '2026-01-01T00:00:00.000Z',
          },
        })),
        ...people.map(([id, officeId, roles]) => ({
          entity: 'staff' as const,
          id,
          officeId,
          caseId: null,
          changed: '*' as const,
          deleted: null,
          data: {
            id,
            officeId,
            name: id,
            username: id,
            passwordHash: 'x',
            roles,
            active: true,
            createdAt: '2026-01-01T00:00:00.000Z',
          },
        })),
      ],
      { clientId: null, mutationId: null },
    ),
  );
  const all = people.slice(0, clients).map(([staffId, officeId], i) => {
    const clientId = `${run}-dev-${i}`;
    return {
      clientId,
      staffId,
      officeId,
      model: new ModelClient(clientId, officeId, staffId),
      blobs: new ModelBlobs(),
      sent: [] as PushRequest[],
      /** Outcomes recorded before its user was removed; every later one must be a not_authorized refusal. */
      revokedAfter: null as number | null,
      /** Outcomes recorded when it became too old for the server: none may be added while it is. */
      heldAt: null as number | null,
    };
  });
  for (const c of all)
    await db.query('INSERT INTO sync_clients (client_id, staff_id, office_id) VALUES ($1, $2, $3)', [
      c.clientId,
      c.staffId,
      c.officeId,
    ]);
  return { ids, all };
}

export type ModelWorld = Awaited<ReturnType<typeof modelWorld>>;

export async function outcomesOf(db: ServerDb, clientId: string): Promise<number> {
  const r = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM mutation_outcomes WHERE client_id = $1',
    [clientId],
  );
  return r.rows[0]?.n ?? 0;
}

/**
 * Every conflict surfaced exactly once: one conflict record per pushed mutation and row that conflicted, no
 * duplicate however often the push was retried or replayed, and (by convergence) held by every desktop that
 * may read the case.
 */
export async function conflictsOnce(db: ServerDb, w: ModelWorld) {
  const clients = w.all.map((c) => c.clientId);
  const records = await db.query<{ client: string; mutation: number; n: number }>(
    `SELECT data->>'otherClient' AS client, (data->>'otherMutationId')::int AS mutation, count(*)::int AS n
       FROM entity_rows WHERE entity = 'conflict' AND data->>'otherClient' = ANY($1::text[]) GROUP BY 1, 2`,
    [clients],
  );
  for (const r of records.rows) expect(r.n).toBe(1);
  const outcomes = await db.query<{ client: string; mutation: number }>(
    `SELECT client_id AS client, mutation_id::int AS mutation FROM mutation_outcomes
       WHERE outcome = 'applied_with_conflict' AND client_id = ANY($1::text[])`,
    [clients],
  );
  const keys = (rows: { client: string; mutation: number }[]) =>
    rows.map((r) => `${r.client}#${r.mutation}`).sort();
  expect(keys(records.rows)).toEqual(keys(outcomes.rows));
  return records.rowCount ?? 0;
}

export async function lastOutcome(db: ServerDb, clientId: string): Promise<number> {
  const r = await db.query<{ n: number }>(
    'SELECT coalesce(max(mutation_id), 0)::int AS n FROM mutation_outcomes WHERE client_id = $1',
    [clientId],
  );
  return r.rows[0]?.n ?? 0;
}

/** The user is removed from the office: the server's own write deactivates the account. */
export async function deactivate(db: ServerDb, staffId: string, officeId: string): Promise<void> {
  await db.tx(async (q) => {
    const row = await q.query<{ data: Record<string, unknown> }>(
      "SELECT data FROM entity_rows WHERE entity = 'staff' AND id = $1",
      [staffId],
    );
    await commitRows(
      q,
      [
        {
          entity: 'staff',
          id: staffId,
          officeId,
          caseId: null,
          data: { ...row.rows[0]?.data, active: false },
          changed: ['active'],
          deleted: null,
        },
      ],
      { clientId: null, mutationId: null },
    );
  });
}
