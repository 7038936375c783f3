import type { FastifyInstance } from 'fastify';
import { buildServer, type RoutePlugin } from '../app';
import type { ServerDb } from '../db/types';
import type { ServeConfig } from './args';

/** A shutdown that hangs (a stuck request) must still end the process. */
const SHUTDOWN_GRACE_MS = 15_000;

/**
 * Listens until SIGINT or SIGTERM, then shuts down in order: stop accepting connections and let the requests in
 * flight finish (app.close), close the database (which releases the PGlite lock file), exit 0. A second signal
 * or the grace period running out exits 1 at once.
 */
export async function serve(
  cfg: ServeConfig,
  db: ServerDb,
  routes: readonly RoutePlugin[] = [],
): Promise<FastifyInstance> {
  const app = await buildServer({ db, logger: { level: process.env['LOG_LEVEL'] ?? 'info' }, routes });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      app.log.error('shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    void (async () => {
      try {
        await app.close();
        await db.close();
        app.log.info('stopped');
        process.exit(0);
      } catch (e) {
        app.log.error({ err: e }, 'shutdown failed');
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    await app.listen({ port: cfg.port, host: cfg.host });
  } catch (e) {
    await app.close().catch(() => undefined);
    throw e;
  }
  app.log.info(
    { db: db.kind, singleMachine: db.singleMachine, dataDir: db.kind === 'pglite' ? cfg.dataDir : undefined },
    'server ready',
  );
  return app;
}
