import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { LOCK_FILE } from '../db/pglite';
import { serverSchemaVersion } from '../db/migrate';
import { startServer } from '../testing/spawn-server';

/**
 * `npm run server` as an operator runs it: a real process through tsx, on a port the OS picks, in a temp data
 * directory. It answers /health, refuses a second process on the same data directory, and on SIGTERM finishes,
 * exits 0 and leaves no lock behind.
 */
const start = startServer;

describe('npm run server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'server-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('bootstraps an administrator, serves /health from PGlite, holds the data dir, and stops cleanly on SIGTERM', async () => {
    const admin = start([
      'create-admin',
      '--data-dir',
      dataDir,
      '--username',
      'admin',
      '--password',
      'secret-123',
      '--name',
      '张三',
      '--committee',
      '某市劳动人事争议仲裁委员会',
    ]);
    expect(await admin.exit, admin.output()).toBe(0);
    expect(admin.output()).toContain('已创建委员会「某市劳动人事争议仲裁委员会」');
    expect(admin.output()).toContain('用户名 admin');

    const server = start(['--port', '0', '--data-dir', dataDir]);
    const url = await server.url;
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      db: 'pglite',
      singleMachine: true,
      schemaVersion: serverSchemaVersion(),
    });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const second = start(['--port', '0', '--data-dir', dataDir]);
    expect(await second.exit).toBe(1);
    expect(second.output()).toMatch(/data dir in use by pid \d+/);

    server.child.kill('SIGTERM');
    expect(await server.exit, server.output()).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);

  it('uses PostgreSQL when DATABASE_URL is set, and refuses bad flags before opening anything', async () => {
    const pg = await createTestDatabase();
    try {
      const server = start(['--port', '0'], { DATABASE_URL: pg.url });
      const health = await fetch(`${await server.url}/health`);
      expect(await health.json()).toMatchObject({ ok: true, db: 'postgres', singleMachine: false });
      server.child.kill('SIGINT');
      expect(await server.exit).toBe(0);
    } finally {
      await pg.drop();
    }
    const bad = start(['create-admin', '--data-dir', dataDir, '--username', 'x', '--password', 'short']);
    expect(await bad.exit).toBe(1);
    expect(bad.output()).toContain('--username（用户名：至少 2 个字符）');
    expect(bad.output()).toContain('--password（密码：至少 8 个字符）');
  }, 120_000);
});
