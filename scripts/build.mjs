#!/usr/bin/env node
// Builds what the desktop app loads: dist/renderer (Vite), dist/main/index.cjs and dist/preload/index.cjs (esbuild).
// Main and preload are CommonJS: a sandboxed preload must be, and main then needs no ESM loader tricks.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'info' });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: quiet ? 'error' : 'info',
  };
  await esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/main/index.cjs',
    // electron-updater ships as a dependency in node_modules (electron-builder packs production dependencies).
    external: ['electron', 'better-sqlite3', 'electron-updater'],
  });
  await esbuild({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    external: ['electron'],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
}
