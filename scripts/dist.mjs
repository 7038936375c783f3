#!/usr/bin/env node
// `npm run dist`: build, prepare better-sqlite3 for Electron, then package with electron-builder (needs network).
// npmRebuild is off in electron-builder.yml so node_modules keeps its Node build for the tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { buildAll } from './build.mjs';
import { electronNativeBinding } from './electron-native.mjs';

// The installers name their update feed (electron-builder.yml › publish): HTTPS only, never a forgeable channel.
const feed = process.env.LDCS_UPDATE_FEED ?? '';
if (!/^https:\/\/[^\s/]+/.test(feed)) {
  console.error(
    '打包需要更新服务器地址：请设置 LDCS_UPDATE_FEED=https://…（如 https://updates.example.cn/ldcs/）后重试。' +
      '\n离线安装的计算机可在运行时关闭自动更新（见 README › 自动更新）。',
  );
  process.exit(1);
}
await buildAll();
mkdirSync('.cache/electron-native/current', { recursive: true });
cpSync(electronNativeBinding(), '.cache/electron-native/current/better_sqlite3.node');
execFileSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
