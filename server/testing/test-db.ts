import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { migrateServerDb } from '../db/migrate';
import { SERVER_MIGRATIONS } from '../db/migrations/index';
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

/**
 * A migrated PGlite, dumped once and kept on disk (keyed by the migrations' text and PGlite's version): every
 * later migrated PGlite — in any test file or worker — starts from the dump (about 1 s) instead of initdb and the
 * migrations (about 4 s), which was most of the server suites' time. The dump is taken right after
 * `migrateServerDb`, so it is exactly what a fresh migration gives; it is written to a temporary name and renamed,
 * so a reader never sees half a file.
 */
/** PGlite's own version: a dump from another version might not load. */
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(
      join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;
const DUMP_FILE = join(
  tmpdir(),
  `ldcs-pglite-migrated-${createHash('sha256')
    .update(JSON.stringify([SERVER_MIGRATIONS, PGLITE_VERSION]))
    .digest('hex')
    .slice(0, 16)}.tar`,
);
let migratedPglite: Promise<Blob> | null = null;
function migratedPgliteDump(): Promise<Blob> {
  migratedPglite ??= (async () => {
    if (existsSync(DUMP_FILE)) return new Blob([readFileSync(DUMP_FILE)]);
    const db = await openPglite('memory://');
    try {
      await migrateServerDb(db);
      const dump = await db.dumpDataDir();
      const tmp = `${DUMP_FILE}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
      renameSync(tmp, DUMP_FILE);
      return dump;
    } finally {
      await db.close();
    }
  })();
  return migratedPglite;
}

/** `poolMax`: PostgreSQL pool size, for tests that hold many transactions open at once. */
export async function openTestDb(
  kind: DbKind,
  opts: { migrated?: boolean; poolMax?: number } = {},
): Promise<ServerDb> {
  let db: ServerDb;
  if (kind === 'pglite') {
    if (opts.migrated !== false) return openPglite('memory://', { loadDataDir: await migratedPgliteDump() });
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
