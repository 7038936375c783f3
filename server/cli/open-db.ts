import { resolve } from 'node:path';
import { migrateServerDb } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/pg';
import type { ServerDb } from '../db/types';

/**
 * PostgreSQL when a URL is given, otherwise the embedded PGlite in the data directory (locked to this process);
 * migrated to this code's schema either way. A database from a newer server is refused here, before anything
 * listens.
 */
export async function openServerDb(cfg: { databaseUrl: string | null; dataDir: string }): Promise<ServerDb> {
  const db = cfg.databaseUrl ? await openPostgres(cfg.databaseUrl) : await openPglite(resolve(cfg.dataDir));
  try {
    await migrateServerDb(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
