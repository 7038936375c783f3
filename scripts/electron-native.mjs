// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<version>/, leaving node_modules' Node
// build untouched, so `npm start` and `npm test` never undo each other. Needs the network (Electron headers or
// the prebuilt binary); run on a networked machine by `npm start` and `npm run dist`.
import { execFileSync } from 'node:child_process';
import { StartupError, causeOf } from './startup-error.mjs';
import { MIRROR_HELP } from './electron-download.mjs';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function electronVersion() {
  return JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
}

/** The package installed as better-sqlite3 (better-sqlite3-multiple-ciphers since issue 15 item 1), name@version. */
function sqlitePackage() {
  const { name, version } = JSON.parse(readFileSync('node_modules/better-sqlite3/package.json', 'utf8'));
  return `${name}@${version}`;
}

export function electronNativeBinding() {
  const version = electronVersion();
  // Keyed by the package too: a build of plain better-sqlite3 cached before must not be loaded (no encryption).
  const dir = resolve('.cache/electron-native', `${version}-${sqlitePackage()}`);
  const target = join(dir, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const work = join(dir, 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const src = resolve('node_modules/better-sqlite3');
  for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib'])
    cpSync(join(src, part), join(work, part), { recursive: true });
  // The machine-wide `nodedir` (pointing at Node's headers) would silently produce a Node-ABI binary.
  const env = {
    ...process.env,
    npm_config_nodedir: '',
    npm_config_runtime: 'electron',
    npm_config_target: version,
    // The headers come from Electron's site unless a mirror is set (README: 首次启动).
    npm_config_disturl:
      process.env.ELECTRON_HEADERS_MIRROR ??
      process.env.npm_config_disturl ??
      'https://electronjs.org/headers',
  };
  delete env.npm_config_nodedir;
  process.stderr.write(`为 Electron ${version} 准备 better-sqlite3 …\n`);
  try {
    execFileSync(
      process.execPath,
      [
        resolve('node_modules/prebuild-install/bin.js'),
        '--runtime',
        'electron',
        '--target',
        version,
        '--arch',
        process.arch,
      ],
      { cwd: work, stdio: ['ignore', 'ignore', 'ignore'], env },
    );
  } catch {
    try {
      execFileSync(
        process.execPath,
        [
          resolve('node_modules/node-gyp/bin/node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${version}`,
          '--runtime=electron',
          `--dist-url=${env.npm_config_disturl}`,
        ],
        { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], env },
      );
    } catch (e) {
      throw new StartupError(
        `无法为 Electron ${version} 准备 better-sqlite3（预编译包与本机编译都失败）：${causeOf(e.stderr)}\n${MIRROR_HELP}`,
      );
    }
  }
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  return target;
}
