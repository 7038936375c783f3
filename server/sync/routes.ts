import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fieldIssues, summarizeIssues } from '../../shared/schema/field-labels';
import {
  HelloRequest,
  PROTOCOL_VERSION,
  PullQuery,
  PushRequest,
  SnapshotQuery,
  type SyncRefusal,
} from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { authenticate, bearerToken, UNAUTHENTICATED_MESSAGE } from './device-auth';
import { enrol, EnrolRequest } from './enrol';
import { createThrottle, SIGN_IN_THROTTLE, type Throttle } from '../../shared/auth/throttle';
import type { Notifier } from './notifier';
import { handlePull, handleSnapshot } from './pull';
import { handlePush, type DeviceAuth } from './push';
import { AdoptBody, AdoptParams, RejectedQuery } from '../../shared/sync/adoption';
import { AppFailure } from '../../shared/result';
import { adoptRejected, listRejectedForAdoption } from './adoption';
import { loadClientScope } from './scope';

export type SyncRouteDeps = {
  db: ServerDb;
  notifier: Notifier;
  verifyPassword: (password: string, stored: string) => boolean;
  /** The new hash for a stored one with older parameters, after it verified (server/auth/password.ts). */
  rehashPassword?: (password: string, stored: string) => string | null;
  now?: () => Date;
  serverSchemaVersion: number;
  /** Sign-in throttling for enrolment (default: one per app, SIGN_IN_THROTTLE on this clock). */
  throttle?: Throttle;
};

/**
 * The sync API (docs/sync.md): enrol, hello, push, pull, snapshot, adoption of refused mutations and the
 * change stream. Every route but enrol
 * authenticates the device token on the request itself; every input is checked with the shared zod contract;
 * a refusal is a 4xx with `{ ok: false, error: { code, message } }`. Push checks its token inside its first
 * transaction (push.ts) rather than in a statement of its own first; the answers are the same.
 */
export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  const now = deps.now ?? (() => new Date());
  const throttle = deps.throttle ?? createThrottle(SIGN_IN_THROTTLE, () => now().getTime());

  const invalid = (reply: FastifyReply, error: z.ZodError): void => {
    const issues = fieldIssues(error);
    void reply
      .code(400)
      .send({ ok: false, error: { code: 'VALIDATION', message: summarizeIssues(issues), issues } });
  };
  const parse = <T>(schema: z.ZodType<T>, value: unknown, reply: FastifyReply): T | null => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    invalid(reply, r.error);
    return null;
  };
  const device = async (req: FastifyRequest, reply: FastifyReply): Promise<DeviceAuth | null> => {
    const who = await authenticate(deps.db, req.headers.authorization, now());
    if (who === null) void reply.code(401).send(refusal('unauthenticated', UNAUTHENTICATED_MESSAGE));
    return who;
  };
  const answer = (reply: FastifyReply, body: object) => {
    const r = body as Partial<SyncRefusal>;
    if (r.ok === false) {
      const code = r.error?.code;
      return reply
        .code(code === 'unauthenticated' ? 401 : code === 'upgrade_required' ? 426 : 409)
        .send(body);
    }
    return reply.send(body);
  };

  // Open change streams never go idle, so closing the server would wait for them until the shutdown grace
  // runs out: end them first (each desktop reconnects, to this process's successor or another one).
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', (done) => {
    for (const s of streams) s.end();
    done();
  });

  app.post('/sync/enrol', async (req, reply) => {
    const body = parse(EnrolRequest, req.body, reply);
    if (body === null) return reply;
    const passwords = {
      verify: deps.verifyPassword,
      ...(deps.rehashPassword ? { rehash: deps.rehashPassword } : {}),
    };
    const r = await enrol(deps.db, body, passwords, now(), throttle);
    if (!r.ok) {
      const status = { unauthenticated: 401, throttled: 429, client_mismatch: 409 }[r.error.code];
      return reply.code(status).send(r);
    }
    return r;
  });

  app.post('/sync/hello', async (req, reply) => {
    const who = await device(req, reply);
    if (who === null) return reply;
    const body = parse(HelloRequest, req.body, reply);
    if (body === null) return reply;
    if (body.clientId !== who.clientId)
      return answer(reply, refusal('client_mismatch', '设备标识与登录凭证不符'));
    await deps.db.query(
      'UPDATE sync_clients SET schema_version = $2, app_version = $3, last_seen = now() WHERE client_id = $1',
      [who.clientId, body.schemaVersion, body.appVersion],
    );
    const serverId =
      (await deps.db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'server_id'"))
        .rows[0]?.value ?? '';
    return {
      protocolVersion: PROTOCOL_VERSION,
      minSchema: SUPPORTED_DESKTOP_SCHEMA.min,
      maxSchema: SUPPORTED_DESKTOP_SCHEMA.max,
      serverSchema: deps.serverSchemaVersion,
      serverId,
    };
  });

  // The token is checked by the push's first transaction, with the lock on the device's row (push.ts): a header
  // that cannot be a token is refused here before any database work, and a body that does not validate is checked
  // against its token first, as every request's was, so a bad token still answers 401 before a bad body's 400.
  app.post('/sync/push', async (req, reply) => {
    const token = bearerToken(req.headers.authorization);
    if (token === null) return reply.code(401).send(refusal('unauthenticated', UNAUTHENTICATED_MESSAGE));
    const valid = PushRequest.safeParse(req.body);
    if (!valid.success) {
      if ((await device(req, reply)) !== null) invalid(reply, valid.error);
      return reply;
    }
    const who = { token, now: now() };
    return answer(
      reply,
      await handlePush(deps.db, who, valid.data, (offices) => deps.notifier.notify(offices)),
    );
  });

  app.get('/sync/pull', async (req, reply) => {
    const who = await device(req, reply);
    if (who === null) return reply;
    const q = parse(PullQuery, req.query, reply);
    if (q === null) return reply;
    return answer(reply, await handlePull(deps.db, who, q));
  });

  app.get('/sync/snapshot', async (req, reply) => {
    const who = await device(req, reply);
    if (who === null) return reply;
    const q = parse(SnapshotQuery, req.query, reply);
    if (q === null) return reply;
    return answer(reply, await handleSnapshot(deps.db, who, q));
  });

  // Adoption (sync §2.10): the director role of the office is checked inside, on every request.
  const refused = (reply: FastifyReply, e: unknown) => {
    if (!(e instanceof AppFailure)) throw e;
    const status = { FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 }[e.code as string] ?? 400;
    return reply.code(status).send({ ok: false, error: e.toError() });
  };
  app.get('/sync/rejected', async (req, reply) => {
    const who = await device(req, reply);
    if (who === null) return reply;
    const q = parse(RejectedQuery, req.query, reply);
    if (q === null) return reply;
    try {
      return { items: await listRejectedForAdoption(deps.db, who, q.officeId) };
    } catch (e) {
      return refused(reply, e);
    }
  });
  app.post('/sync/rejected/:clientId/:mutationId/adopt', async (req, reply) => {
    const who = await device(req, reply);
    if (who === null) return reply;
    const p = parse(AdoptParams, req.params, reply);
    if (p === null) return reply;
    const body = parse(AdoptBody, req.body, reply);
    if (body === null) return reply;
    try {
      return { ok: true, adopted: await adoptRejected(deps.db, who, p, body, now()) };
    } catch (e) {
      return refused(reply, e);
    }
  });

  /** Server-sent events: one `change` event per commit the device can read; a comment every 25 s keeps it open. */
  app.get('/sync/events', async (req, reply) => {
    const who = await device(req, reply);
    if (who === null) return reply;
    const scope = await loadClientScope(deps.db, who.clientId);
    if (scope === null) return reply.code(401).send(refusal('unauthenticated', '设备未接入'));
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    raw.write(': connected\n\n');
    streams.add(raw);
    const unsubscribe = deps.notifier.subscribe({
      offices: new Set([...scope.writeOffices, ...scope.readOffices]),
      send: () => raw.write('event: change\ndata: {}\n\n'),
    });
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), 25_000);
    req.raw.on('close', () => {
      streams.delete(raw);
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
}

const refusal = (code: SyncRefusal['error']['code'], message: string): SyncRefusal => ({
  ok: false,
  error: { code, message },
});
