import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/main/app-core';
import { countRows, createBackupFixture, damagePage, damageTablePage, type BackupFixture } from './fixture';

/**
 * Issue 14 item 4, "damaged pages → restore offered": a real file damaged by overwriting a table's page after
 * data was written; the core reports DB_CORRUPT with the backups (never INTERNAL), and the restore it offers
 * works without signing in, keeping the damaged file aside.
 */
let fx: BackupFixture | undefined;
afterEach(() => fx?.dispose());

async function damagedWithBackup(table: string) {
  const first = createBackupFixture({ cases: 30 });
  await first.signInAdmin();
  const made = await first.call('backup:create', {});
  expect(made).toMatchObject({ ok: true, value: { kind: 'manual', check: { ok: true } } });
  first.registerCases(5);
  first.host.close();
  if (table === 'schema') damagePage(join(first.dataDir, DB_FILE), 1, 100);
  else damageTablePage(join(first.dataDir, DB_FILE), table);
  fx = createBackupFixture({ dataDir: first.dataDir });
  return (made.value as { name: string }).name;
}

describe('a database with damaged pages', () => {
  it('is found by the quick_check at start and every failing call answers DB_CORRUPT with the backups', async () => {
    const name = await damagedWithBackup('parties');
    const f = fx as BackupFixture;
    const status = await f.call('health:status', {});
    expect(status).toMatchObject({ ok: true, value: { health: { state: 'damaged' }, backups: [{ name }] } });
    expect((status.value as { health: { problems: string[] } }).health.problems.length).toBeGreaterThan(0);
    expect(f.logs.some((l) => l.includes('quick_check failed'))).toBe(true);

    await f.signInAdmin();
    // The list names each case's parties: it reads the damaged page.
    const r = await f.call('cases:list', { limit: 5 });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('DB_CORRUPT');
    expect(r.error?.message).toMatch(/损坏/);
    expect(r.error?.details).toMatchObject({
      backups: [{ name, kind: 'manual' }],
      health: { state: 'damaged' },
    });
    // Logged with the channel it surfaced on, like any unexpected error.
    expect(f.logs.some((l) => l.includes('"channel":"cases:list"') && l.includes('DB_CORRUPT'))).toBe(true);
  });

  it('a backup of the damaged file fails its check, is removed and the failure is shown', async () => {
    await damagedWithBackup('parties');
    const f = fx as BackupFixture;
    await f.signInAdmin();
    const before = readdirSync(join(f.dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'));
    const r = await f.call('backup:create', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED' } });
    expect(readdirSync(join(f.dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'))).toEqual(before);
    const list = await f.call('backup:list', {});
    expect(list).toMatchObject({
      ok: true,
      // VACUUM INTO (the encrypted copy) meets the damaged page while copying; a page copy met it in the check.
      value: { health: { backupFailure: { message: expect.stringMatching(/未能写入|未通过完整性校验/) } } },
    });
  });

  it('restores from the damaged state without signing in; the damaged file is kept aside, the data is the backup’s', async () => {
    const name = await damagedWithBackup('parties');
    const f = fx as BackupFixture;
    const refused = await f.call('recovery:restore', { name, confirmed: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const r = await f.call('recovery:restore', { name, confirmed: true });
    expect(r).toEqual({ ok: true, value: { restarting: true } });

    const kept = readdirSync(f.dataDir).filter(
      (n) => n.startsWith(`${DB_FILE}.replaced-`) && !n.includes('-wal') && !n.includes('-shm'),
    );
    expect(kept).toEqual([`${DB_FILE}.replaced-20261125T020000Z`]);
    expect((await f.call('health:status', {})).value).toMatchObject({ health: { state: 'ok' } });
    expect(countRows(join(f.dataDir, 'backups', name), 'cases')).toBe(30);
    // The new core: sessions are new, and the data is the backup's (the 5 cases after it are gone).
    expect(await f.call('cases:list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await f.signInAdmin();
    expect(await f.call('cases:list', { limit: 100 })).toMatchObject({ ok: true, value: { total: 30 } });
  });

  it('a file whose schema page is damaged opens in recovery only: every call DB_CORRUPT, restore offered', async () => {
    const name = await damagedWithBackup('schema');
    const f = fx as BackupFixture;
    expect(f.host.current()).toBeNull();
    expect(await f.call('auth:signIn', { username: 'admin', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'DB_CORRUPT', details: { backups: [{ name }] } },
    });
    expect(await f.call('recovery:restore', { name, confirmed: true })).toEqual({
      ok: true,
      value: { restarting: true },
    });
    expect(f.host.current()).not.toBeNull();
    expect(existsSync(join(f.dataDir, `${DB_FILE}.replaced-20261125T020000Z`))).toBe(true);
  });

  it('a healthy database is not restored without signing in', async () => {
    fx = createBackupFixture({ cases: 1 });
    await fx.signInAdmin();
    const made = await fx.call('backup:create', {});
    const name = (made.value as { name: string }).name;
    expect(await fx.call('recovery:restore', { name, confirmed: true }, 'nobody')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
