import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError } from './lock';
import { LOCK_FILE, openPglite } from './pglite';

/** The pid of a process that has already exited: a lock file holding it is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the PGlite data directory lock', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'server-lock-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is exclusive while held, names the holder in Chinese and English, and is gone once released', () => {
    const file = join(tempDir(), LOCK_FILE);
    const lock = acquireDataDirLock(file);
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    let err: unknown;
    try {
      acquireDataDirLock(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataDirInUseError);
    expect((err as Error).message).toContain(`数据目录正被进程 ${process.pid} 使用`);
    expect((err as Error).message).toContain(`data dir in use by pid ${process.pid}`);
    lock.release();
    expect(existsSync(file)).toBe(false);
    acquireDataDirLock(file).release();
  });

  it('takes over a lock left by a process that no longer runs, or an unreadable one', () => {
    const file = join(tempDir(), LOCK_FILE);
    writeFileSync(file, `${deadPid()}\n`);
    const lock = acquireDataDirLock(file);
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    writeFileSync(file, 'garbage');
    acquireDataDirLock(file).release();
    expect(existsSync(file)).toBe(false);
  });

  it('never removes a lock another process has taken over', () => {
    const file = join(tempDir(), LOCK_FILE);
    const lock = acquireDataDirLock(file);
    writeFileSync(file, '1\n');
    lock.release();
    expect(readFileSync(file, 'utf8')).toBe('1\n');
  });

  it('guards a PGlite data directory: a second open is refused until the first closes', async () => {
    const dir = tempDir();
    const first = await openPglite(dir);
    await expect(openPglite(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await openPglite(dir);
    expect((await again.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await again.close();
  });
});
