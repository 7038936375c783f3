import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerDb } from '../db/types';
import { createNotifier } from '../sync/notifier';
import { commitRows, type RowWrite } from '../sync/rows';
import { registerSyncRoutes } from '../sync/routes';
import { uid } from './wire-builders';

/** Test-only password check: the stored hash is `plain:<password>` (real hashing is tested with the CLI). */
export const plainVerify = (password: string, stored: string): boolean => stored === `plain:${password}`;

export const COMMITTEE = uid('office-c');
export const STATION = uid('office-s1');
export const OTHER_STATION = uid('office-s2');
/** Staff ids: the committee's admin and one mediator per station. */
export const U = { admin: uid('u-admin'), med1: uid('u-med1'), med2: uid('u-med2') };
export const PINNED_NOW = new Date('2026-11-25T02:00:00.000Z');

const office = (id: string, kind: string, name: string, parentId: string | null): RowWrite => ({
  entity: 'office',
  id,
  officeId: id,
  caseId: null,
  data: {
    id,
    officeId: id,
    kind,
    name,
    shortName: name.slice(0, 2),
    parentId,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  changed: '*',
  deleted: null,
});

export const staffRow = (id: string, officeId: string, username: string, roles: string[]): RowWrite => ({
  entity: 'staff',
  id,
  officeId,
  caseId: null,
  data: {
    id,
    officeId,
    name: username,
    username,
    passwordHash: `plain:pw-${username}`,
    roles,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  changed: '*',
  deleted: null,
});

/** A committee with two stations and one user in each (the committee's user has every working role). */
export async function seedOffices(db: ServerDb): Promise<void> {
  await db.tx((q) =>
    commitRows(
      q,
      [
        office(COMMITTEE, 'committee', '示例市劳动人事争议仲裁委员会', null),
        office(STATION, 'station', '东街道调解组织', COMMITTEE),
        office(OTHER_STATION, 'station', '西街道调解组织', COMMITTEE),
        staffRow(U.admin, COMMITTEE, 'admin', ['admin', 'director', 'clerk', 'arbitrator']),
        staffRow(U.med1, STATION, 'med1', ['mediator']),
        staffRow(U.med2, OTHER_STATION, 'med2', ['mediator']),
      ],
      { clientId: null, mutationId: null },
    ),
  );
}

export async function syncApp(db: ServerDb): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerSyncRoutes(app, {
    db,
    notifier: createNotifier(),
    verifyPassword: plainVerify,
    now: () => PINNED_NOW,
    serverSchemaVersion: 1,
  });
  await app.ready();
  return app;
}

/** Enrols a device for a user and returns its bearer header. */
export async function enrolDevice(app: FastifyInstance, clientId: string, username: string): Promise<string> {
  const r = await app.inject({
    method: 'POST',
    url: '/sync/enrol',
    payload: { clientId, username, password: `pw-${username}` },
  });
  if (r.statusCode !== 200) throw new Error(`enrol failed: ${r.body}`);
  return `Bearer ${r.json<{ token: string }>().token}`;
}
