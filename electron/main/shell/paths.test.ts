import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({ userData: '', setPath: vi.fn() }));
vi.mock('electron', () => ({ app: { getPath: () => h.userData, setPath: h.setPath } }));

const { pickDataDir, prepareDataDir } = await import('./paths');

const base = mkdtempSync(path.join(tmpdir(), 'paths-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(() => {
  h.userData = path.join(base, 'user-data');
  h.setPath.mockClear();
});

describe('pickDataDir', () => {
  const userData = () => '/home/u/.config/app';

  it('prefers --data-dir, then LDCS_DATA_DIR, then userData', () => {
    const env = { LDCS_DATA_DIR: '/srv/env-dir' };
    expect(pickDataDir(['electron', '.', '--data-dir=/srv/arg-dir'], env, userData)).toEqual({
      dir: path.resolve('/srv/arg-dir'),
      source: 'argument',
    });
    expect(pickDataDir(['electron', '.'], env, userData)).toEqual({
      dir: path.resolve('/srv/env-dir'),
      source: 'environment',
    });
    expect(pickDataDir(['electron', '.'], {}, userData)).toEqual({
      dir: '/home/u/.config/app',
      source: 'userData',
    });
  });

  it('ignores empty values and lets the last --data-dir win', () => {
    expect(pickDataDir(['--data-dir='], { LDCS_DATA_DIR: ' ' }, userData).source).toBe('userData');
    expect(pickDataDir(['--data-dir=/a', '--data-dir=/b'], {}, userData).dir).toBe(path.resolve('/b'));
  });

  it('makes a relative directory absolute', () => {
    expect(path.isAbsolute(pickDataDir(['--data-dir=rel/dir'], {}, userData).dir)).toBe(true);
  });
});

describe('prepareDataDir', () => {
  it('creates an explicit directory and moves the Chromium profile under it', () => {
    const dir = path.join(base, 'explicit', 'nested');
    expect(prepareDataDir([`--data-dir=${dir}`], {})).toBe(dir);
    expect(existsSync(dir)).toBe(true);
    expect(h.setPath).toHaveBeenCalledExactlyOnceWith('userData', path.join(dir, 'electron-profile'));
  });

  it('creates and uses userData without touching it when nothing is given', () => {
    expect(prepareDataDir([], {})).toBe(h.userData);
    expect(existsSync(h.userData)).toBe(true);
    expect(h.setPath).not.toHaveBeenCalled();
  });
});
