import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServerDb } from '../../server/db/types';
import { commitRows } from '../../server/sync/rows';
import { openTestDb } from '../../server/testing/test-db';
import { STATION, U, seedOffices, staffRow } from '../../server/testing/sync-fixture';
import { uid } from '../../server/testing/wire-builders';
import { writeEnrolment } from '../../electron/main/sync/enrolment';
import { enrolledDesktop, listeningSyncServer, type Desktop } from './desktops';

/**
 * Revoked while offline, end to end (sync §2.10): a clerk records leave on the station's desktop offline and is
 * deactivated before it syncs; the server refuses the change not_authorized and keeps it; the station's director
 * sees it on their own desktop under 待采纳的操作 and adopts it, which runs it as the director's change, pushes
 * it and links the two on the server — once.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
const CLERK = uid('u-s1-clerk');
const DIRECTOR = uid('u-s1-director');

describe('a director adopts a revoked clerk’s change', () => {
  let db: ServerDb;
  let app: FastifyInstance;
  let station: Desktop;
  let director: Desktop;

  beforeAll(async () => {
    db = await openTestDb('postgres');
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(
        q,
        [staffRow(CLERK, STATION, 's1clerk', ['clerk']), staffRow(DIRECTOR, STATION, 's1dir', ['director'])],
        { clientId: null, mutationId: null },
      ),
    );
    const server = await listeningSyncServer(db, () => new Date(NOW));
    app = server.app;
    station = await enrolledDesktop(server.url, {
      username: 'med1',
      password: 'pw-med1',
      actor: { id: U.med1, roles: ['mediator'], officeId: STATION },
      now: NOW,
    });
    director = await enrolledDesktop(server.url, {
      username: 's1dir',
      password: 'pw-s1dir',
      actor: { id: DIRECTOR, roles: ['director'], officeId: STATION },
      now: NOW,
    });
    writeEnrolment(director.core.services.repos, {
      serverUrl: server.url,
      token: director.token,
      officeId: STATION,
      staffId: DIRECTOR,
    });
    await station.sync();
    await director.sync();
  });
  afterAll(async () => {
    station.core.dispose();
    director.core.dispose();
    await app.close();
    await db.close();
  });

  it('keeps the refused change for the director, who adopts it as their own, once', async () => {
    const clerk = { id: CLERK, roles: ['clerk' as const], officeId: STATION };
    const leave = { staffId: CLERK, kind: 'leave', from: '2026-12-01', to: '2026-12-02' };
    expect(station.core.services.mutations.run('staff.recordLeave', leave, clerk).ok).toBe(true);
    const off = staffRow(CLERK, STATION, 's1clerk', ['clerk']);
    await db.tx((q) =>
      commitRows(q, [{ ...off, changed: ['active'], data: { ...off.data, active: false } }], {
        clientId: null,
        mutationId: null,
      }),
    );
    expect(await station.sync()).toMatchObject({ pushed: 1, rejected: 1 });
    // The station's own 被拒绝的操作 list shows it with the server's reason; nothing was dropped.
    expect(station.core.services.sync.rejected()).toMatchObject([{ code: 'not_authorized' }]);
    expect(station.core.services.repos.outbox.countByState()).toMatchObject({ rejected: 1 });

    // A mediator of the station is no director: refused before the server is asked.
    const med = await station.core.services.adoption.list(station.actor);
    expect(med).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const listed = await director.core.services.adoption.list(director.actor);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value).toHaveLength(1);
    const item = listed.value[0];
    expect(item).toMatchObject({ label: '登记请假、出差或培训', authorName: 's1clerk', adopted: null });

    const before = director.core.services.repos.outbox.lastMutationId();
    const adopted = await director.core.services.adoption.adopt(
      { clientId: item?.clientId ?? '', mutationId: item?.mutationId ?? 0, reason: '经核实确系其离职前所请' },
      director.actor,
    );
    if (!adopted.ok) throw new Error(adopted.error.message);
    expect(adopted.value.mutationId).toBe(before + 1);
    const entry = director.core.services.repos.outbox.list().at(-1);
    expect(entry).toMatchObject({ name: 'staff.recordLeave', userId: DIRECTOR });
    expect(await director.sync()).toMatchObject({ pushed: 1, rejected: 0 });
    const leaves = await db.query<{ data: { staffId: string; createdBy: string } }>(
      "SELECT data FROM entity_rows WHERE entity = 'leave'",
    );
    expect(leaves.rows.map((r) => [r.data.staffId, r.data.createdBy])).toEqual([[CLERK, DIRECTOR]]);

    const again = await director.core.services.adoption.adopt(
      { clientId: item?.clientId ?? '', mutationId: item?.mutationId ?? 0, reason: '再次采纳' },
      director.actor,
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(director.core.services.repos.outbox.lastMutationId()).toBe(before + 1);
    const relisted = await director.core.services.adoption.list(director.actor);
    expect(relisted.ok && relisted.value[0]?.adopted).toMatchObject({ by: DIRECTOR, mutationId: before + 1 });
  });
});
