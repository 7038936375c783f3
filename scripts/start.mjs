#!/usr/bin/env node
// `npm start`: build, fetch the Electron binary on first start (ELECTRON_MIRROR is honoured), build
// better-sqlite3 for Electron beside node_modules (not in it), then run the desktop app.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildAll } from './build.mjs';
import { electronNativeBinding } from './electron-native.mjs';

await buildAll({ quiet: true });
if (!existsSync('node_modules/electron/path.txt')) {
  process.stderr.write('首次启动：正在下载 Electron（可设置 ELECTRON_MIRROR 使用镜像）…\n');
  execFileSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'inherit' });
}
const binding = electronNativeBinding();
const electronPath = createRequire(import.meta.url)('electron');
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LDCS_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
