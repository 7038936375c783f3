import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore } from '../../electron/main/app-core';
import { checkIntegrity } from '../../electron/main/db/integrity';
import { createRng } from '../../shared/util/seeded-random';
import { bundleChild, runAndKill } from './kill9';

const KILLS = 10;

/**
 * Durability (issue 14 item 5): a child process registers cases through the app's mutation runner and reports each
 * id after its transaction returned; it is killed with SIGKILL at random moments, KILLS times, on one database.
 * Every reported commit must be there afterwards and SQLite's integrity check must pass. `npm run soak:crash` runs
 * the same with more kills.
 */
describe('kill -9 while committing', () => {
  let dir: string;
  let child: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-kill9-'));
    child = await bundleChild(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every reported commit and a sound file over ${KILLS} kills`, async () => {
    const random = createRng(20261207);
    const dataDir = join(dir, 'data');
    const reported: string[] = [];
    for (let k = 0; k < KILLS; k++)
      reported.push(...(await runAndKill(child, dataDir, 30 + random.next() * 400)));
    expect(reported.length).toBeGreaterThan(KILLS);

    const core = createAppCore({ dataDir, now: () => Date.parse('2026-11-25T02:00:00.000Z') });
    try {
      expect(checkIntegrity(core.db)).toEqual({ ok: true, problems: [] });
      const missing = reported.filter((id) => !core.services.cases.get(id).ok);
      expect(missing).toEqual([]);
    } finally {
      core.close();
    }
  }, 180_000);
});
