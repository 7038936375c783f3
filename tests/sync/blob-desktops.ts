import Fastify, { type FastifyInstance } from 'fastify';
import type { Actor } from '../../electron/main/mutations/types';
import { createHttpBlobTransport } from '../../electron/main/sync/http-blob-transport';
import { createHttpTransport } from '../../electron/main/sync/http-transport';
import { createLocalBlobSide } from '../../electron/main/sync/local-blob-side';
import { createLocalSyncStore } from '../../electron/main/sync/local-store';
import { registerBlobRoutes } from '../../server/blobs/routes';
import type { ServerDb } from '../../server/db/types';
import { createNotifier } from '../../server/sync/notifier';
import { registerSyncRoutes } from '../../server/sync/routes';
import { plainVerify } from '../../server/testing/sync-fixture';
import { downloadBlob, type BlobSync } from '../../shared/sync/blob-sync';
import { syncRound, type RoundResult } from '../../shared/sync/engine';
import type { PushRequest } from '../../shared/sync/protocol';
import { createTestCore, type TestCore } from '../helpers/core';

/** What the server saw: bytes of every chunk PUT that reached it (dropped answers included). */
export type ServerCounters = { putBytes: number; puts: number };

/** The sync and blob routes on a real port on 127.0.0.1, counting the chunk bytes that arrive. */
export async function listeningBlobServer(
  db: ServerDb,
  now: () => Date,
): Promise<{ app: FastifyInstance; url: string; counters: ServerCounters }> {
  const app = Fastify({ logger: false });
  const counters: ServerCounters = { putBytes: 0, puts: 0 };
  app.addHook('onRequest', (req, _reply, done) => {
    if (req.method === 'PUT' && req.url.startsWith('/sync/blobs/')) {
      counters.puts++;
      counters.putBytes += Number(req.headers['content-length'] ?? 0);
    }
    done();
  });
  registerSyncRoutes(app, {
    db,
    notifier: createNotifier(),
    verifyPassword: plainVerify,
    now,
    serverSchemaVersion: 1,
  });
  await registerBlobRoutes(app, { db, now });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, counters };
}

/**
 * The desktop's network, with faults a test switches on: the answer to a chunk lost after the server stored it
 * (a dropped connection), every chunk refused, a byte of each download flipped. Push bodies are kept so a test
 * can say what was (not) sent.
 */
export type Net = {
  loseAnswerAfterPuts: number | null;
  refusePuts: boolean;
  tamperDownloads: boolean;
  pushed: PushRequest[];
};

function faultyFetch(net: Net): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? 'GET';
    const blob = url.includes('/sync/blobs/');
    if (url.endsWith('/sync/push') && typeof init?.body === 'string')
      net.pushed.push(JSON.parse(init.body) as PushRequest);
    if (blob && method === 'PUT' && net.refusePuts)
      return new Response(
        JSON.stringify({ ok: false, error: { code: 'blob_size_mismatch', message: '测试：拒收' } }),
        {
          status: 409,
          headers: { 'content-type': 'application/json' },
        },
      );
    const res = await fetch(input, init);
    if (blob && method === 'PUT' && net.loseAnswerAfterPuts !== null) {
      if (net.loseAnswerAfterPuts === 0) throw new TypeError('connection reset');
      net.loseAnswerAfterPuts--;
    }
    if (blob && method === 'GET' && res.ok && net.tamperDownloads) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      return new Response(bytes, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    }
    return res;
  };
}

export type BlobDesktop = {
  core: TestCore;
  actor: Actor;
  net: Net;
  sync(): Promise<RoundResult>;
  blobs: BlobSync;
  fetchBlob(sha256: string): Promise<boolean>;
};

/** A fresh desktop (real SQLite file and blob folder) enrolled on the server, syncing files in `chunkSize` chunks. */
export async function enrolledBlobDesktop(
  url: string,
  o: { username: string; password: string; actor: Actor; now: number; chunkSize: number },
): Promise<BlobDesktop> {
  const core = createTestCore({ now: () => o.now });
  const repos = core.services.repos;
  const res = await fetch(`${url}/sync/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId: repos.meta.get('client_id') ?? '',
      username: o.username,
      password: o.password,
    }),
  });
  if (!res.ok) throw new Error(`enrol failed: ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  const net: Net = { loseAnswerAfterPuts: null, refusePuts: false, tamperDownloads: false, pushed: [] };
  const doFetch = faultyFetch(net);
  const store = createLocalSyncStore({
    db: core.db,
    repos,
    mutations: core.services.mutations,
    refreshDerived: (ids) => core.services.derived.refreshDerived(ids),
    appVersion: 'test',
  });
  const blobs: BlobSync = {
    local: createLocalBlobSide({ repos, blobs: core.blobs }),
    transport: createHttpBlobTransport({ baseUrl: url, token: () => token, fetch: doFetch }),
    chunkSize: o.chunkSize,
  };
  const transport = createHttpTransport({ baseUrl: url, token: () => token, fetch: doFetch });
  return {
    core,
    actor: o.actor,
    net,
    blobs,
    sync: () => syncRound(store, transport, blobs),
    fetchBlob: (sha) => downloadBlob(blobs, sha),
  };
}
