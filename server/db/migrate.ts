import { SERVER_MIGRATIONS, type ServerMigration } from './migrations/index';
import type { Queryable, ServerDb } from './types';

/** The schema level this code expects: the highest migration it knows. */
export const serverSchemaVersion = (migrations: readonly ServerMigration[] = SERVER_MIGRATIONS): number =>
  migrations.reduce((max, m) => Math.max(max, m.version), 0);

export class ServerDbFromFutureError extends Error {
  constructor(
    readonly dbVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `数据库由更新版本的服务器创建（数据版本 ${dbVersion}，本程序支持到 ${codeVersion}），请升级服务器程序 / database schema ${dbVersion} is newer than this server (${codeVersion})`,
    );
    this.name = 'ServerDbFromFutureError';
  }
}

function assertContiguous(migrations: readonly ServerMigration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(
        `Server migration ${m.name} has number ${m.version}; expected ${i + 1} (contiguous from 1)`,
      );
  });
}

/** Any number that is ours alone: two server processes starting on one database take turns migrating. */
const MIGRATE_LOCK_KEY = 727_011;

async function appliedVersion(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}

/** The version recorded in the database (0 before the first migration). */
export async function dbSchemaVersion(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  return rows[0]?.t ? appliedVersion(q) : 0;
}

async function createVersionTable(db: ServerDb): Promise<void> {
  // Under the migrations' advisory lock: CREATE TABLE IF NOT EXISTS is not atomic in PostgreSQL, and two processes
  // creating it at the same instant fail in several ways (a unique violation on the catalog, "relation already
  // exists", "type already exists"). Serialised, the second one finds it and does nothing.
  await db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK_KEY]);
    await q.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
}

export type MigrateResult = { from: number; to: number };

/**
 * Applies the missing migrations in order, each in its own transaction with its row in schema_migrations. A
 * database from a newer server is refused before anything is touched. Safe when several processes start at
 * once: each migration transaction takes an advisory lock and re-reads the version under it.
 */
export async function migrateServerDb(
  db: ServerDb,
  migrations: readonly ServerMigration[] = SERVER_MIGRATIONS,
): Promise<MigrateResult> {
  assertContiguous(migrations);
  const latest = serverSchemaVersion(migrations);
  await createVersionTable(db);
  const from = await appliedVersion(db);
  if (from > latest) throw new ServerDbFromFutureError(from, latest);
  for (const m of migrations) {
    if (m.version <= from) continue;
    await db.tx(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK_KEY]);
      const current = await appliedVersion(q);
      if (current > latest) throw new ServerDbFromFutureError(current, latest);
      if (current >= m.version) return; // another process applied it while we waited
      await q.query(m.up);
      await q.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [m.version]);
    });
  }
  return { from, to: latest };
}
