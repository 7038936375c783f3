#!/usr/bin/env node
// `npm run dist`: build, prepare better-sqlite3 for Electron, then package with electron-builder (needs network).
// npmRebuild is off in electron-builder.yml so node_modules keeps its Node build for the tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { buildAll } from './build.mjs';
import { electronNativeBinding } from './electron-native.mjs';

await buildAll();
mkdirSync('.cache/electron-native/current', { recursive: true });
cpSync(electronNativeBinding(), '.cache/electron-native/current/better_sqlite3.node');
execFileSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
