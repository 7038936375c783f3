import type { RoutePlugin } from '../app';
import { verifyPassword } from '../auth/password';
import { serverSchemaVersion } from '../db/migrate';
import { createNotifier } from './notifier';
import { registerSyncRoutes } from './routes';

/** The sync API as a route plugin of the real server (server/main.ts): real password check, this process's notifier. */
export const syncPlugin: RoutePlugin = (app, { db }) =>
  registerSyncRoutes(app, {
    db,
    notifier: createNotifier(),
    verifyPassword,
    serverSchemaVersion: serverSchemaVersion(),
  });
