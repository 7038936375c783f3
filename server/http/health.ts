import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { dbSchemaVersion } from '../db/migrate';
import type { ServerDb } from '../db/types';
import { route } from './route';

/**
 * GET /health: for load balancers, `npm run server` smoke checks and the desktop's 同步设置 page. It touches the
 * database on every call (so a dead connection shows) and reports what this server is: database kind, whether it
 * is the single-machine embedded one, the schema level, its stable id and the protocol version.
 */
export function healthRoute(app: FastifyInstance, { db }: { db: ServerDb }): void {
  route(app, {
    method: 'GET',
    url: '/health',
    handler: async () => {
      const [schemaVersion, meta] = await Promise.all([
        dbSchemaVersion(db),
        db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'server_id'"),
      ]);
      return {
        ok: true as const,
        db: db.kind,
        singleMachine: db.singleMachine,
        schemaVersion,
        serverId: meta.rows[0]?.value ?? null,
        protocolVersion: PROTOCOL_VERSION,
      };
    },
  });
}
