import type { RoutePlugin } from '../app';
import { registerBlobRoutes } from './routes';

/** The file-transfer routes as the real server serves them (server/main.ts registers it beside the sync plugin). */
export const blobsPlugin: RoutePlugin = (app, { db }) => registerBlobRoutes(app, { db });
