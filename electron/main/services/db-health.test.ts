import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../app-core';
import { openDatabase } from '../db/connection';
import { dataDirKeyOf } from '../../../tests/helpers/keyed-db';
import { createConsoleLogger } from '../logger';
import { createBackupFixture, damageTablePage } from '../../../tests/backup/fixture';
import { createDbHealth } from './db-health';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const NOW = () => Date.parse('2026-11-25T02:00:00.000Z');

/** A real file with some cases, closed, optionally with a table page overwritten. */
function fileWithCases(damage: boolean): string {
  const fx = createBackupFixture({ cases: 20 });
  dir = fx.dataDir;
  fx.host.close();
  if (damage) damageTablePage(join(dir, DB_FILE), 'parties');
  return join(dir, DB_FILE);
}

describe('quick_check after start', () => {
  it('a file above the threshold is checked later, not on the start path; a sound file ends ok', async () => {
    const file = fileWithCases(false);
    const db = openDatabase(file, { key: dataDirKeyOf(file) });
    const health = createDbHealth({
      db,
      dbPath: join(dir, DB_FILE),
      now: NOW,
      log: createConsoleLogger(() => undefined),
      syncCheckMaxBytes: 0,
      deferMs: 0,
    });
    health.start();
    expect(health.current().state).toBe('checking');
    expect(await health.whenChecked()).toEqual({
      state: 'ok',
      problems: [],
      checkedAt: '2026-11-25T02:00:00.000Z',
    });
    db.close();
  });

  it('a damaged file is reported damaged with SQLite’s own words, and logged', async () => {
    const file = fileWithCases(true);
    const logs: string[] = [];
    const db = openDatabase(file, { key: dataDirKeyOf(file) });
    const health = createDbHealth({
      db,
      dbPath: file,
      now: NOW,
      log: createConsoleLogger((l) => logs.push(l)),
      syncCheckMaxBytes: 0,
      deferMs: 0,
    });
    health.start();
    const verdict = await health.whenChecked();
    expect(verdict.state).toBe('damaged');
    expect(verdict.problems.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toMatch(/quick_check failed/);
    db.close();
  });
});
