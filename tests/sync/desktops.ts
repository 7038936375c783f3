import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import { syncRound, type RoundResult } from '../../shared/sync/engine';
import type { ServerDb } from '../../server/db/types';
import { createNotifier } from '../../server/sync/notifier';
import { registerSyncRoutes } from '../../server/sync/routes';
import { plainVerify } from '../../server/testing/sync-fixture';
import { createHttpTransport } from '../../electron/main/sync/http-transport';
import { CHECKPOINT_EVERY_MS, createLocalSyncStore } from '../../electron/main/sync/local-store';
import type { Actor } from '../../electron/main/mutations/types';
import { createTestCore, type TestCore } from '../helpers/core';

/** The sync routes on a real HTTP port on 127.0.0.1 (PGlite or PostgreSQL behind them). */
export async function listeningSyncServer(
  db: ServerDb,
  now: () => Date,
  verify: (password: string, stored: string) => boolean = plainVerify,
): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false });
  registerSyncRoutes(app, {
    db,
    notifier: createNotifier(),
    verifyPassword: verify,
    now,
    serverSchemaVersion: 1,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

export type Desktop = {
  core: TestCore;
  actor: Actor;
  /** The device token the server gave at enrolment (this helper keeps it out of the desktop's own meta). */
  token: string;
  sync(): Promise<RoundResult>;
};

/** A fresh desktop (real SQLite file) enrolled on the server with an account, its store and HTTP transport. */
export async function enrolledDesktop(
  url: string,
  o: {
    username: string;
    password: string;
    actor: Actor;
    now: number;
    /** The schema level the desktop reports, read each round (a test plays an older build, then the update). */
    schemaVersion?: () => number;
  },
): Promise<Desktop> {
  const core = createTestCore({ now: () => o.now });
  const repos = core.services.repos;
  const clientId = repos.meta.get('client_id') ?? '';
  const res = await fetch(`${url}/sync/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId, username: o.username, password: o.password }),
  });
  if (!res.ok) throw new Error(`enrol failed: ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  repos.meta.set('sync.server_url', url);
  const store = createLocalSyncStore({
    db: core.db,
    repos,
    mutations: core.services.mutations,
    refreshDerived: (ids) => core.services.derived.refreshDerived(ids),
    appVersion: 'test',
    // Every round is a checkpoint round here: the clock moves past the verification interval each time it is read.
    now: (() => {
      let t = o.now;
      return () => (t += CHECKPOINT_EVERY_MS);
    })(),
  });
  const transport = createHttpTransport({ baseUrl: url, token: () => token });
  const reported = o.schemaVersion;
  const played = reported === undefined ? store : { ...store, schemaVersion: reported };
  return { core, actor: o.actor, token, sync: () => syncRound(played, transport) };
}
