#!/usr/bin/env node
// Tests and scripts run under plain Node. If better-sqlite3 in node_modules was rebuilt for Electron (for example
// by `electron-builder install-app-deps` or @electron/rebuild run by hand), put the Node build back first.
// `npm start` never needs this: it builds its Electron copy in .cache/electron-native and leaves node_modules alone.
import { execFileSync, spawnSync } from 'node:child_process';

const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
  encoding: 'utf8',
});
if (probe.status === 0) process.exit(0);
const why = `${probe.stderr}`;
if (
  !/NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|Could not locate the bindings file/.test(
    why,
  )
) {
  process.stderr.write(why);
  process.exit(probe.status ?? 1);
}
process.stderr.write(
  'better-sqlite3 is not built for this Node.js; rebuilding it for Node (about a minute)…\n',
);
execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
