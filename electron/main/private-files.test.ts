import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from './app-core';
import { createBlobStore } from './blobs/blob-store';
import { writeBackup } from './db/migrate';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/**
 * Data at rest (issue 15 item 1): the database, its WAL, backups and attachments are the user's alone, whatever
 * the umask the app was started with (here the usual 022, under which everything would be world-readable).
 */
describe.skipIf(process.platform === 'win32')('private data files', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    umask = process.umask(0o022);
    dir = mkdtempSync(join(tmpdir(), 'ldcs-private-'));
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the data folder 0700 and the database, its WAL and backups 0600', () => {
    const dataDir = join(dir, 'data');
    const core = createAppCore({ dataDir, now: () => Date.parse('2026-11-25T02:00:00.000Z') });
    try {
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(core.dbPath)).toBe(0o600);
      expect(modeOf(`${core.dbPath}-wal`)).toBe(0o600);
      const backup = writeBackup(core.db, join(dataDir, 'backups'), 'test', new Date('2026-11-25T02:00:00Z'));
      expect(modeOf(join(dataDir, 'backups'))).toBe(0o700);
      expect(modeOf(backup)).toBe(0o600);
    } finally {
      core.close();
    }
  });

  it('makes an existing world-readable database private when it is opened', () => {
    const dataDir = join(dir, 'old');
    createAppCore({ dataDir }).close();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'cases.sqlite'), 0o644);
    const core = createAppCore({ dataDir });
    core.close();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'cases.sqlite'))).toBe(0o600);
  });

  it('stores attachments 0600 in 0700 folders', () => {
    const store = createBlobStore(join(dir, 'blobs'));
    const { sha256 } = store.put(Buffer.from('证据材料'));
    const file = join(dir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(join(dir, 'blobs', sha256.slice(0, 2)))).toBe(0o700);
  });
});
