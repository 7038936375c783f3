import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServerDb } from '../../server/db/types';
import { openTestDb } from '../../server/testing/test-db';
import { COMMITTEE, U, seedOffices } from '../../server/testing/sync-fixture';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import { aCase } from '../helpers/builders';
import { enrolledDesktop, listeningSyncServer, type Desktop } from './desktops';

/**
 * A desktop too old for the server (sync §2.13), end to end over HTTP with the real server on PostgreSQL: while
 * its schema is below the server's window it keeps working and holds its outbox round after round — nothing is
 * pushed and nothing dropped; once updated into the window the held entries go out in order, and one written by
 * the older build at case.void version 1 is upcast and applied as version 2.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);

describe('a desktop below the server’s schema window', () => {
  let db: ServerDb;
  let app: FastifyInstance;
  let desk: Desktop;
  let schema: number = SUPPORTED_DESKTOP_SCHEMA.max;

  beforeAll(async () => {
    db = await openTestDb('postgres');
    await seedOffices(db);
    const server = await listeningSyncServer(db, () => new Date(NOW));
    app = server.app;
    desk = await enrolledDesktop(server.url, {
      username: 'admin',
      password: 'pw-admin',
      actor: { id: U.admin, roles: ['admin', 'director', 'clerk', 'arbitrator'], officeId: COMMITTEE },
      now: NOW,
      schemaVersion: () => schema,
    });
  });
  afterAll(async () => {
    desk.core.dispose();
    await app.close();
    await db.close();
  });

  const run = (name: string, args: unknown): Record<string, unknown> => {
    const r = desk.core.services.mutations.run(name as never, args, desk.actor);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  const serverOutcomes = async () =>
    (
      await db.query<{ mutation_id: string; name: string; outcome: string }>(
        'SELECT mutation_id, name, outcome FROM mutation_outcomes ORDER BY mutation_id',
      )
    ).rows.map((r) => [Number(r.mutation_id), r.name, r.outcome]);

  it('holds every change across rounds, then pushes them in order after the update, upcasting the old void', async () => {
    // The first sync, inside the window, brings the office and the accounts; then the server moves its window
    // past this build (a server upgrade), as if the desktop had been left on an old version.
    expect((await desk.sync()).stoppedBy).toBeNull();
    schema = SUPPORTED_DESKTOP_SCHEMA.min - 1;
    const ids: string[] = [];
    for (let round = 0; round < 3; round++) {
      const reg = run('case.register', aCase(COMMITTEE, { receivedDate: '2026-11-20' }));
      ids.push(String(reg['id'] ?? reg['caseId']));
      const r = await desk.sync();
      expect(r).toMatchObject({ stoppedBy: 'upgrade_required', pushed: 0 });
      expect(desk.core.services.repos.outbox.countByState()).toMatchObject({ held: round + 1, applied: 0 });
    }
    // The last change was made by the older build, before case.void had a 作废类别: version 1 args.
    run('case.void', { caseId: ids[2], grounds: 'mistake', reason: '登记错误' });
    const voidEntry = desk.core.services.repos.outbox.list().at(-1);
    expect(voidEntry?.name).toBe('case.void');
    const v1 = JSON.parse(voidEntry?.args ?? '{}') as Record<string, unknown>;
    delete v1['grounds'];
    desk.core.db
      .prepare('UPDATE outbox SET version = 1, args = ? WHERE mutation_id = ?')
      .run(JSON.stringify(v1), voidEntry?.mutationId);
    expect((await desk.sync()).stoppedBy).toBe('upgrade_required');
    expect(await serverOutcomes()).toEqual([]);
    expect(desk.core.services.repos.outbox.countByState()).toMatchObject({ held: 4 });

    schema = SUPPORTED_DESKTOP_SCHEMA.max; // updated: its migrations ran, its schema is inside the window
    const r = await desk.sync();
    expect(r).toMatchObject({ stoppedBy: null, pushed: 4, rejected: 0 });
    expect(await serverOutcomes()).toEqual([
      [1, 'case.register', 'applied'],
      [2, 'case.register', 'applied'],
      [3, 'case.register', 'applied'],
      [4, 'case.void', 'applied'],
    ]);
    expect(desk.core.services.repos.outbox.countByState()).toMatchObject({ held: 0, pending: 0, applied: 4 });
    // The server stored what version 2 derives from the upcast args: the void filed under 其他.
    const event = await db.query<{ data: { payload: Record<string, unknown> } }>(
      "SELECT data FROM entity_rows WHERE entity = 'event' AND data->>'type' = 'case.voided'",
    );
    expect(event.rows[0]?.data.payload).toEqual({ reason: '登记错误', grounds: 'other' });
    expect(desk.core.services.repos.cases.get(ids[2] ?? '')?.voided).not.toBeNull();
  });
});
