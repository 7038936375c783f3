#!/usr/bin/env node
// Builds what the desktop app loads: dist/renderer (Vite), dist/main/index.cjs, dist/main/deadline-worker.cjs,
// dist/main/migrate-worker.cjs and dist/preload/index.cjs (esbuild).
// Main and preload are CommonJS: a sandboxed preload must be, and main then needs no ESM loader tricks.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

// Main's code finds files beside its bundle through import.meta (services/deadline-worker-spawn.ts), which a CommonJS
// bundle lacks: import.meta.url is defined as the bundle's own file URL, import.meta.resolve as require's.
const bundleUrl = {
  banner: {
    js: [
      "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
      "const __bundleResolve = (s) => require('node:url').pathToFileURL(require.resolve(s)).href;",
    ].join('\n'),
  },
  define: { 'import.meta.url': '__bundleUrl', 'import.meta.resolve': '__bundleResolve' },
};

/** What every Node-side bundle shares: one CommonJS file for Node 20 (Electron's main, preload and workers). */
const nodeBundle = (quiet) => ({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'info',
});

/** A worker thread's script as its own CommonJS file beside index.cjs, inside the asar (Electron loads worker
 *  scripts from there; no asarUnpack needed). */
async function buildWorker(entry, outfile, quiet) {
  await esbuild({
    ...nodeBundle(quiet),
    entryPoints: [entry],
    outfile,
    external: ['better-sqlite3'],
    ...bundleUrl,
  });
}

/** The recompute's worker thread (electron/main/services/deadline-worker.ts). */
export const buildDeadlineWorker = (outfile, { quiet = false } = {}) =>
  buildWorker('electron/main/services/deadline-worker.ts', outfile, quiet);

/** The start-up upgrade's worker thread (electron/main/db/migrate-worker.ts): main runs pending migrations there
 *  while its start-up window shows their progress. */
export const buildMigrateWorker = (outfile, { quiet = false } = {}) =>
  buildWorker('electron/main/db/migrate-worker.ts', outfile, quiet);

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'info' });
  const common = nodeBundle(quiet);
  await esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/main/index.cjs',
    // electron-updater ships as a dependency in node_modules (electron-builder packs production dependencies).
    external: ['electron', 'better-sqlite3', 'electron-updater'],
    ...bundleUrl,
  });
  await buildDeadlineWorker('dist/main/deadline-worker.cjs', { quiet });
  await buildMigrateWorker('dist/main/migrate-worker.cjs', { quiet });
  await esbuild({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    external: ['electron'],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--deadline-worker <file>` or `--migrate-worker <file>`: that bundle alone (the benchmark and tests start the
  // built workers).
  const at = process.argv.indexOf('--deadline-worker');
  const migrateAt = process.argv.indexOf('--migrate-worker');
  if (at > 0) await buildDeadlineWorker(process.argv[at + 1], { quiet: true });
  else if (migrateAt > 0) await buildMigrateWorker(process.argv[migrateAt + 1], { quiet: true });
  else await buildAll();
}
