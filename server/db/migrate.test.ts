import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DB_KINDS, openTestDb } from '../testing/test-db';
import { dbSchemaVersion, migrateServerDb, serverSchemaVersion, ServerDbFromFutureError } from './migrate';
import { SERVER_MIGRATIONS } from './migrations/index';
import { openPostgres } from './pg';
import type { ServerDb } from './types';

const TABLES = [
  'audit_log',
  'blob_chunks',
  'blobs',
  'case_grants',
  'case_number_counters',
  'change_log',
  'devices',
  'entity_rows',
  'mutation_outcomes',
  'office_checksum_deltas',
  'office_checksums',
  'schema_migrations',
  'server_meta',
  'sync_clients',
  'sync_counter',
];

// One database per kind, walked through the steps in order (a PGlite instance takes seconds to start).
describe.each(DB_KINDS)('server migrations on %s', (kind) => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb(kind, { migrated: false });
  });
  afterAll(() => db.close());

  it('applies each migration in its own transaction: a failing one leaves the earlier ones applied', async () => {
    expect(await dbSchemaVersion(db)).toBe(0);
    const chain = [
      ...SERVER_MIGRATIONS,
      { version: SERVER_MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE x (a int); SELECT 1/0;' },
    ];
    await expect(migrateServerDb(db, chain)).rejects.toThrow(/division by zero/);
    expect(await dbSchemaVersion(db)).toBe(SERVER_MIGRATIONS.length);
    expect((await db.query("SELECT to_regclass('x')::text AS t")).rows).toEqual([{ t: null }]);
  });

  it('has created every table, the counter row and a server id', async () => {
    const { rows } = await db.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(rows.map((r) => r.t)).toEqual(TABLES);
    expect((await db.query('SELECT id, seq FROM sync_counter')).rows).toEqual([{ id: 1, seq: 0 }]);
    const meta = await db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'server_id'");
    expect(meta.rows[0]?.value).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('is idempotent: a second run changes nothing and keeps the server id', async () => {
    const id = (await db.query("SELECT value FROM server_meta WHERE key = 'server_id'")).rows;
    const latest = serverSchemaVersion();
    expect(await migrateServerDb(db)).toEqual({ from: latest, to: latest });
    expect(await migrateServerDb(db)).toEqual({ from: latest, to: latest });
    expect((await db.query("SELECT value FROM server_meta WHERE key = 'server_id'")).rows).toEqual(id);
    expect((await db.query('SELECT count(*) AS n FROM schema_migrations')).rows).toEqual([
      { n: SERVER_MIGRATIONS.length },
    ]);
  });

  it('refuses a database written by a newer server', async () => {
    const newer = serverSchemaVersion() + 1;
    await db.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [newer]);
    const err = await migrateServerDb(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerDbFromFutureError);
    expect((err as Error).message).toContain('请升级服务器程序');
    expect(await dbSchemaVersion(db)).toBe(newer);
  });
});

describe('two server processes starting on one new PostgreSQL database', () => {
  it('migrate it once between them: each migration applied exactly once, one server id', async () => {
    const created = await createTestDatabase();
    const [a, b] = await Promise.all([openPostgres(created.url), openPostgres(created.url)]);
    try {
      const results = await Promise.all([migrateServerDb(a), migrateServerDb(b), migrateServerDb(a)]);
      for (const r of results) expect(r.to).toBe(serverSchemaVersion());
      expect((await a.query('SELECT version FROM schema_migrations ORDER BY version')).rows).toEqual(
        SERVER_MIGRATIONS.map((m) => ({ version: m.version })),
      );
      expect((await b.query("SELECT count(*) AS n FROM server_meta WHERE key = 'server_id'")).rows).toEqual([
        { n: 1 },
      ]);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await created.drop();
    }
  });
});
