import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RejectedForAdoption } from '../../shared/sync/adoption';
import type { WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { OTHER_STATION, STATION, enrolDevice, seedOffices, staffRow, syncApp } from '../testing/sync-fixture';
import { pushVia } from '../testing/scope-scenario';
import { uid } from '../testing/wire-builders';
import { commitRows } from './rows';

/**
 * Revoked while offline (sync §2.10, issue 12 item 4): a mutation made by a user who was deactivated before it
 * reached the server is refused not_authorized and kept with its args and author; only a director of the office
 * whose device pushed it may list and adopt it, once. Each guard has a test that fails without it.
 */
const W = {
  clerk: uid('u-s1-clerk'),
  director: uid('u-s1-director'),
  otherDirector: uid('u-s2-director'),
};

const leave = (id: number, author: string): WireMutation => ({
  id,
  name: 'staff.recordLeave',
  version: 1,
  args: { id: uid(`leave-${id}`), staffId: author, kind: 'leave', from: '2026-12-01', to: '2026-12-02' },
  bases: [],
  changes: [],
  hlc: `0000000${id}-0000-dev`,
  deviceTime: '2026-11-25T02:00:00.000Z',
  userId: author,
});

describe.each(DB_KINDS)('adopting a revoked user’s mutations on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  const auth: Record<'station' | 'director' | 'otherDirector' | 'committee', string> = {
    station: '',
    director: '',
    otherDirector: '',
    committee: '',
  };

  const list = (who: keyof typeof auth, officeId: string) =>
    app.inject({
      method: 'GET',
      url: `/sync/rejected?officeId=${officeId}`,
      headers: { authorization: auth[who] },
    });
  const adopt = (who: keyof typeof auth, clientId: string, mutationId: number, adoptedAs: number) =>
    app.inject({
      method: 'POST',
      url: `/sync/rejected/${clientId}/${mutationId}/adopt`,
      headers: { authorization: auth[who] },
      payload: { adoptedAs, reason: '经核实确系其离职前所办' },
    });

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(
        q,
        [
          staffRow(W.clerk, STATION, 's1clerk', ['clerk']),
          staffRow(W.director, STATION, 's1dir', ['director']),
          staffRow(W.otherDirector, OTHER_STATION, 's2dir', ['director']),
        ],
        { clientId: null, mutationId: null },
      ),
    );
    app = await syncApp(db);
    auth.station = await enrolDevice(app, 'device-s1', 'med1');
    auth.director = await enrolDevice(app, 'device-s1-dir', 's1dir');
    auth.otherDirector = await enrolDevice(app, 'device-s2-dir', 's2dir');
    auth.committee = await enrolDevice(app, 'device-c', 'admin');
    // The clerk worked offline on the station's desktop, then left: the staff row is deactivated.
    await db.tx((q) =>
      commitRows(
        q,
        [
          {
            ...staffRow(W.clerk, STATION, 's1clerk', ['clerk']),
            changed: ['active'],
            data: { ...staffRow(W.clerk, STATION, 's1clerk', ['clerk']).data, active: false },
          },
        ],
        {
          clientId: null,
          mutationId: null,
        },
      ),
    );
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('refuses the pushed mutation not_authorized and keeps its args and author', async () => {
    const r = await pushVia(app, auth.station, 'device-s1', [leave(1, W.clerk)]);
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'not_authorized' });
    const kept = await db.query<{ args: unknown; author_id: string; version: number }>(
      "SELECT args, author_id, version FROM mutation_outcomes WHERE client_id = 'device-s1' AND mutation_id = 1",
    );
    expect(kept.rows[0]).toEqual({ args: leave(1, W.clerk).args, author_id: W.clerk, version: 1 });
  });

  it('lists it for a director of that office, with the author and the args', async () => {
    const r = await list('director', STATION);
    expect(r.statusCode).toBe(200);
    const items = r.json<{ items: RejectedForAdoption[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      clientId: 'device-s1',
      mutationId: 1,
      name: 'staff.recordLeave',
      authorId: W.clerk,
      authorName: 's1clerk',
      args: leave(1, W.clerk).args,
      notAdoptable: null,
      adopted: null,
    });
  });

  it('does not list it for someone of the office who is not a director', async () => {
    const r = await list('station', STATION);
    expect(r.statusCode).toBe(403);
    expect(r.json<{ error: { message: string } }>().error.message).toContain('主任');
  });

  it('does not list it for a director of another office, the committee’s included', async () => {
    expect((await list('otherDirector', STATION)).statusCode).toBe(403);
    expect((await list('committee', STATION)).statusCode).toBe(403);
    expect((await list('otherDirector', OTHER_STATION)).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('lets neither a non-director nor another office’s director adopt it', async () => {
    expect((await adopt('station', 'device-s1', 1, 7)).statusCode).toBe(403);
    expect((await adopt('otherDirector', 'device-s1', 1, 7)).statusCode).toBe(403);
    const row = await db.query<{ adopted_by: string | null }>(
      "SELECT adopted_by FROM mutation_outcomes WHERE client_id = 'device-s1' AND mutation_id = 1",
    );
    expect(row.rows[0]?.adopted_by).toBeNull();
  });

  it('lets the director adopt it once, linked to the new mutation and audited; a second adoption is refused', async () => {
    const r = await adopt('director', 'device-s1', 1, 3);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      ok: true,
      adopted: { by: W.director, clientId: 'device-s1-dir', mutationId: 3 },
    });
    const audit = await db.query<{ actor_id: string; mutation_id: string; detail: { original: unknown } }>(
      "SELECT actor_id, mutation_id, detail FROM audit_log WHERE action = 'sync.adopt'",
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_id: W.director });
    expect(Number(audit.rows[0]?.mutation_id)).toBe(3);
    expect(audit.rows[0]?.detail.original).toEqual({
      clientId: 'device-s1',
      mutationId: 1,
      name: 'staff.recordLeave',
      authorId: W.clerk,
    });

    const again = await adopt('director', 'device-s1', 1, 4);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('不能重复采纳');
    const listed = (await list('director', STATION)).json<{ items: RejectedForAdoption[] }>().items;
    expect(listed[0]?.adopted).toMatchObject({ by: W.director, byName: 's1dir', mutationId: 3 });
  });

  it('refuses and lists the change of a user moved to another office since, for the office whose device pushed it', async () => {
    const moved = staffRow(W.director, OTHER_STATION, 's1dir', ['director']);
    const mover = uid('u-s1-mover');
    await db.tx((q) =>
      commitRows(q, [staffRow(mover, OTHER_STATION, 'mover', ['clerk'])], {
        clientId: null,
        mutationId: null,
      }),
    );
    const r = await pushVia(app, auth.station, 'device-s1', [leave(2, mover)]);
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'not_authorized' });
    const items = (await list('director', STATION)).json<{ items: RejectedForAdoption[] }>().items;
    expect(items.map((m) => [m.mutationId, m.authorId])).toEqual([
      [2, mover],
      [1, W.clerk],
    ]);
    // The director moved away loses the list at once, whatever their token says.
    await db.tx((q) =>
      commitRows(q, [{ ...moved, changed: ['officeId'] }], { clientId: null, mutationId: null }),
    );
    expect((await list('director', STATION)).statusCode).toBe(403);
  });

  it('answers an unknown refused mutation with not found', async () => {
    expect((await adopt('director', 'device-s1', 99, 5)).statusCode).toBe(404);
  });
});
