import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { LOCK_FILE } from '../db/pglite';

/**
 * `npm run server` as an operator runs it: a real process through tsx, on a port the OS picks, in a temp data
 * directory. It answers /health, refuses a second process on the same data directory, and on SIGTERM finishes,
 * exits 0 and leaves no lock behind.
 */
const TSX = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');

type Running = {
  child: ChildProcess;
  url: Promise<string>;
  exit: Promise<number | null>;
  output: () => string;
};

function start(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [TSX, 'server/main.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`server exited before listening:\n${out}`)));
  });
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url, exit, output: () => out };
}

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
      schemaVersion: 1,
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
