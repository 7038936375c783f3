import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ServerDb } from './db/types';
import { installErrorHandling } from './http/errors';
import { healthRoute } from './http/health';

/** What a route plugin receives: the database port, nothing else (item 11: no state outside PostgreSQL). */
export type RouteContext = { db: ServerDb };
export type RoutePlugin = (app: FastifyInstance, ctx: RouteContext) => void | Promise<void>;

export type BuildServerOptions = {
  db: ServerDb;
  /** Fastify's pino logger: true for JSON lines on stdout, an options object, or false (tests). */
  logger?: FastifyServerOptions['logger'];
  /** JSON request bodies above this are refused with 413; a push batch is ≤ 1 MB (docs/sync.md §2.5). */
  bodyLimit?: number;
  routes?: readonly RoutePlugin[];
};

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * The server's composition: Fastify with the error handling every route relies on, /health, then the route
 * plugins (sync, accounts, blobs) in order. The caller has migrated the database; the server only reads and
 * writes it, so any number of these processes can share one PostgreSQL database.
 */
export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit, return503OnClosing: true });
  installErrorHandling(app, bodyLimit);
  const ctx: RouteContext = { db: opts.db };
  healthRoute(app, ctx);
  for (const plugin of opts.routes ?? []) await plugin(app, ctx);
  return app;
}
