import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's own loader and validator, so the test reads the file as `npm run dist` does.
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, log: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = yaml.load(readFileSync(join(__dirname, '../../electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

/** What a packaged build must be (issue 15 item 2): fuses flipped, signed updates, the 信创 and Windows targets. */
describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips every fuse the security review asks for', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('builds Windows x64 and Linux x64 + arm64 (deb, AppImage), and checks update signatures on Windows', () => {
    const linux = (config['linux'] as { target: { target: string; arch: string[] }[] }).target;
    for (const kind of ['AppImage', 'deb'])
      expect(linux.find((t) => t.target === kind)?.arch).toEqual(['x64', 'arm64']);
    const win = config['win'] as {
      target: { target: string; arch: string[] }[];
      verifyUpdateCodeSignature: boolean;
    };
    expect(win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(win.verifyUpdateCodeSignature).toBe(true);
  });

  it('publishes updates to a generic feed whose address is given at build time (and dist refuses a non-HTTPS one)', () => {
    expect(config['publish']).toEqual({ provider: 'generic', url: '${env.LDCS_UPDATE_FEED}' });
    for (const feed of [undefined, 'http://updates.example.cn/ldcs/', 'file:///tmp/feed']) {
      const env = { ...process.env };
      delete env['LDCS_UPDATE_FEED'];
      if (feed !== undefined) env['LDCS_UPDATE_FEED'] = feed;
      const r = spawnSync(process.execPath, [join(__dirname, '../../scripts/dist.mjs')], {
        env,
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('LDCS_UPDATE_FEED=https://');
    }
  });
});
