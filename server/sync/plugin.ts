import type { RoutePlugin } from '../app';
import { rehashPassword, verifyPassword } from '../auth/password';
import { serverSchemaVersion } from '../db/migrate';
import { registerSyncRoutes } from './routes';
import { createSharedNotifier } from './shared-notifier';

/**
 * The sync API as a route plugin of the real server (server/main.ts): the real password check, and pokes that
 * reach the change streams of every server process on the same PostgreSQL database (shared-notifier.ts).
 */
export const syncPlugin: RoutePlugin = async (app, { db }) => {
  const notifier = await createSharedNotifier(db, (e) => app.log.warn({ err: e }, 'change notify failed'));
  app.addHook('onClose', () => notifier.close());
  registerSyncRoutes(app, {
    db,
    notifier,
    verifyPassword,
    rehashPassword,
    serverSchemaVersion: serverSchemaVersion(),
  });
};
