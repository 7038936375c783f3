// The Electron binary, downloaded on first start by the electron package's own install script (npm installs it
// with scripts off: `allowScripts` in package.json). A download that fails ends in one short message saying
// what failed and how to use a mirror — the install script's stack trace is not shown.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError, causeOf } from './startup-error.mjs';

export const MIRROR_HELP = [
  '可设置镜像后重试 / set a mirror and retry:',
  '  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
  '为 Electron 编译数据库驱动还需要头文件镜像 / the native build also honours a headers mirror:',
  '  ELECTRON_HEADERS_MIRROR=<https://electronjs.org/headers 的镜像> npm start',
].join('\n');

export function ensureElectronBinary(electronDir = 'node_modules/electron', env = process.env) {
  if (existsSync(join(electronDir, 'path.txt'))) return;
  process.stderr.write('首次启动：正在下载 Electron …\n');
  const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (r.status === 0 && existsSync(join(electronDir, 'path.txt'))) return;
  const mirror = env.ELECTRON_MIRROR ? `（当前 ELECTRON_MIRROR=${env.ELECTRON_MIRROR}）` : '';
  throw new StartupError(
    `无法下载 Electron${mirror}：${causeOf(r.stderr || r.error?.message)}\n${MIRROR_HELP}`,
  );
}
