import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, DB_FILE, DbOpenError } from '../../electron/main/app-core';
import { createBackupFixture } from './fixture';
import { openKeyed } from '../helpers/keyed-db';

/**
 * Issue 14 item 4, "a second process holding the lock gets DB_LOCKED". Before, two cores opened the same file
 * (WAL allows it) and a write meeting the other's transaction failed at once with SQLITE_BUSY → 系统内部错误.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
let scratch: string;
let childFile: string;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'ldcs-locked-'));
  childFile = join(scratch, 'hold-child.cjs');
  await build({
    entryPoints: [join(HERE, 'hold-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: childFile,
    logLevel: 'error',
  });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function startHolder(dataDir: string): Promise<ChildProcessWithoutNullStreams> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, dataDir], {
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder ended (${code}): ${err}`)));
  });
}

const openError = (dataDir: string): unknown => {
  try {
    createAppCore({ dataDir }).close();
    return null;
  } catch (e) {
    return e;
  }
};

describe('DB_LOCKED', () => {
  it('a second process on the same data folder is refused with DB_LOCKED, and opens once the first is gone', async () => {
    const dataDir = mkdtempSync(join(scratch, 'data-'));
    const child = await startHolder(dataDir);
    const e = openError(dataDir);
    expect(e).toBeInstanceOf(DbOpenError);
    expect((e as DbOpenError).code).toBe('DB_LOCKED');
    expect((e as DbOpenError).message).toMatch(/另一个窗口或程序/);
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.stdin.end();
    });
    expect(openError(dataDir)).toBeNull();
  });

  it('a second core in the same process is refused too (two connections)', () => {
    const dataDir = mkdtempSync(join(scratch, 'data-'));
    const first = createAppCore({ dataDir });
    expect((openError(dataDir) as DbOpenError).code).toBe('DB_LOCKED');
    first.close();
    expect(openError(dataDir)).toBeNull();
  });

  it('a write meeting another connection’s write lock answers DB_LOCKED, not INTERNAL, and works once it is released', async () => {
    const fx = createBackupFixture();
    try {
      await fx.signInAdmin();
      const holder = openKeyed(join(fx.dataDir, DB_FILE));
      holder.exec('BEGIN IMMEDIATE');
      const office = (await fx.call('offices:list', {})).value as { id: string; kind: string }[];
      const create = () =>
        fx.call('staff:create', {
          officeId: office[0]?.id,
          name: '调解员乙',
          username: 'mediator2',
          password: 'mediator-pass-2',
          roles: ['mediator'],
        });
      const r = await create();
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'DB_LOCKED', message: expect.stringMatching(/占用/) },
      });
      holder.exec('ROLLBACK');
      holder.close();
      expect((await create()).ok).toBe(true);
    } finally {
      fx.dispose();
    }
  });
});
