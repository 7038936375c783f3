import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateServerDb } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/pg';
import type { ServerDb } from '../db/types';

/**
 * Real databases for server tests, never mocks: every suite runs against both kinds. PostgreSQL is this
 * machine's server (127.0.0.1:5432, trust auth, `.ci/run` makes sure it is there); each call gets a fresh,
 * uniquely named database that is dropped again on close. PGlite runs in memory.
 */
export const DB_KINDS = ['postgres', 'pglite'] as const;
export type DbKind = (typeof DB_KINDS)[number];

/** Overridable so a developer can point the tests at another cluster. */
export const TEST_PG_ADMIN_URL =
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export const testDatabaseUrl = (name: string): string => {
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty PostgreSQL database; `drop` removes it (closing any connection left to it). */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: testDatabaseUrl(name),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** `poolMax`: PostgreSQL pool size, for tests that hold many transactions open at once. */
export async function openTestDb(
  kind: DbKind,
  opts: { migrated?: boolean; poolMax?: number } = {},
): Promise<ServerDb> {
  let db: ServerDb;
  if (kind === 'pglite') {
    db = await openPglite('memory://');
  } else {
    const created = await createTestDatabase();
    const inner = await openPostgres(
      created.url,
      opts.poolMax === undefined ? {} : { max: opts.poolMax },
    ).catch(async (e: unknown) => {
      await created.drop();
      throw e;
    });
    db = {
      ...inner,
      async close() {
        try {
          await inner.close();
        } finally {
          await created.drop();
        }
      },
    };
  }
  if (opts.migrated !== false) await migrateServerDb(db);
  return db;
}
