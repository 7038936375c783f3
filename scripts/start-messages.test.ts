import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

/** A loopback port nothing listens on: the download is refused at once, without leaving the machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/**
 * `npm start` on a machine that cannot download Electron (issue 14 item 7): one short message saying what failed
 * and how to set the mirrors, and no stack trace. Runs the electron package's real install script from a copy
 * without its binary (inside the project, so its dependencies resolve), against a refused loopback mirror.
 */
describe('first start without the Electron download', () => {
  let dir: string;
  beforeAll(() => {
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.cache', 'test-electron-'));
    cpSync(join(ROOT, 'node_modules/electron'), join(dir, 'electron'), {
      recursive: true,
      filter: (src) => !/[/\\]electron[/\\](dist|path\.txt)/.test(src.slice(ROOT.length)),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends with one short message naming the cause and the mirror settings', async () => {
    const mirror = `http://127.0.0.1:${await closedPort()}/`;
    const script = `
      import { ensureElectronBinary } from ${JSON.stringify(join(ROOT, 'scripts/electron-download.mjs'))};
      import { reportStartupFailure } from ${JSON.stringify(join(ROOT, 'scripts/startup-error.mjs'))};
      try { ensureElectronBinary(${JSON.stringify(join(dir, 'electron'))}); } catch (e) { reportStartupFailure(e); }
      console.log('downloaded');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ELECTRON_MIRROR: mirror,
        electron_config_cache: join(dir, 'cache'),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '',
      },
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('downloaded');
    expect(r.stderr).toContain(`无法下载 Electron（当前 ELECTRON_MIRROR=${mirror}）`);
    expect(r.stderr).toMatch(/ECONNREFUSED|RequestError/);
    expect(r.stderr).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start');
    expect(r.stderr).toContain('ELECTRON_HEADERS_MIRROR');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(8);
  });
});

describe('npm run dev:browser with its port taken', () => {
  it('says the port is in use and how to choose another, without a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dataDir = mkdtempSync(join(ROOT, '.cache', 'test-host-'));
    try {
      const r = spawnSync(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['electron/browser-host/main.ts', '--port', String(port), '--data-dir', dataDir],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`端口 ${port} 已被占用`);
      expect(r.stderr).toContain(`npm run dev:browser -- --port ${port + 1}`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise<void>((r) => taken.close(() => r()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
