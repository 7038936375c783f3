import { writeSync } from 'node:fs';
import { createAppCore } from '../../electron/main/app-core';

/**
 * The other process of the DB_LOCKED test (locked.test.ts): opens the app core on `dataDir`, says "ready", and
 * keeps it open until its stdin closes (the parent ends it).
 */
const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: hold-child <dataDir>');
const core = createAppCore({ dataDir, now: () => Date.parse('2026-11-25T02:00:00.000Z') });
writeSync(1, 'ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  core.close();
  process.exit(0);
});
