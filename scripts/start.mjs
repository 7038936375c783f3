#!/usr/bin/env node
// `npm start`: fetch the Electron binary on first start (ELECTRON_MIRROR is honoured), build better-sqlite3 for
// Electron beside node_modules (not in it; ELECTRON_HEADERS_MIRROR is honoured), build the app, then run it.
// The network steps come first, so a machine without access learns it at once, in one short message.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildAll } from './build.mjs';
import { ensureElectronBinary } from './electron-download.mjs';
import { electronNativeBinding } from './electron-native.mjs';
import { reportStartupFailure } from './startup-error.mjs';

let binding;
try {
  ensureElectronBinary();
  binding = electronNativeBinding();
} catch (e) {
  reportStartupFailure(e);
}
await buildAll({ quiet: true });
const electronPath = createRequire(import.meta.url)('electron');
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LDCS_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
