import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore, DB_FILE } from '../../electron/main/app-core';
import { listBackupInfo } from '../../electron/main/backup/backup-catalog';
import { countRows, createBackupFixture, damageTablePage, type BackupFixture } from './fixture';

/** Issue 14 item 4, "backup written, verified and restored", through the real core and its channels. */
let fx: BackupFixture;
afterEach(() => fx.dispose());
const DAY = 24 * 3600 * 1000;
type Listed = {
  backups: { name: string; kind: string; size: number; check: { ok: boolean } | null }[];
  keep: number;
};
const listed = async () => (await fx.call('backup:list', {})).value as Listed;

describe('备份与恢复', () => {
  it('writes a backup, checks it, and restores it: the data is the backup’s and the current file is kept aside', async () => {
    fx = createBackupFixture({ cases: 3 });
    await fx.signInAdmin();
    const made = await fx.call('backup:create', {});
    expect(made).toMatchObject({
      ok: true,
      value: { kind: 'manual', at: '2026-11-25T02:00:00.000Z', check: { ok: true } },
    });
    const name = (made.value as { name: string }).name;
    expect(name).toBe('cases-20261125T020000Z-manual.sqlite');
    const file = join(fx.dataDir, 'backups', name);
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(fx.dataDir, 'backups')).mode & 0o777).toBe(0o700);
    }
    // One file, no WAL beside it: it can be carried away as it is.
    expect(readdirSync(join(fx.dataDir, 'backups')).filter((n) => n.startsWith(name))).toEqual([
      name,
      `${name}.check.json`,
    ]);
    expect(await fx.call('backup:verify', { name })).toMatchObject({
      ok: true,
      value: { check: { ok: true } },
    });

    fx.registerCases(2);
    fx.clock.ms += 3600 * 1000;
    expect(await fx.call('backup:restore', { name })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await fx.call('backup:restore', { name, confirmed: true })).toEqual({
      ok: true,
      value: { restarting: true },
    });

    const keptAs = join(fx.dataDir, `${DB_FILE}.replaced-20261125T030000Z`);
    expect(countRows(keptAs, 'cases')).toBe(5);
    expect(countRows(file, 'cases')).toBe(3);
    await fx.signInAdmin();
    expect(await fx.call('cases:list', { limit: 100 })).toMatchObject({ ok: true, value: { total: 3 } });
  });

  it('a damaged backup fails its check and is not restored', async () => {
    fx = createBackupFixture({ cases: 20 });
    await fx.signInAdmin();
    const name = ((await fx.call('backup:create', {})).value as { name: string }).name;
    damageTablePage(join(fx.dataDir, 'backups', name), 'parties');
    expect(await fx.call('backup:verify', { name })).toMatchObject({
      ok: true,
      value: { check: { ok: false } },
    });
    expect((await listed()).backups[0]?.check?.ok).toBe(false);
    expect(await fx.call('backup:restore', { name, confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_FAILED', message: expect.stringMatching(/未通过完整性校验/) },
    });
    expect(readdirSync(fx.dataDir).some((n) => n.includes('.replaced-'))).toBe(false);
  });

  it('refuses everyone but a director or an administrator, through the real core', async () => {
    fx = createBackupFixture();
    const core = fx.host.current();
    if (core === null) throw new Error('no core');
    const admin = core.services.auth.signIn('admin', 'correct-horse-9');
    if (!admin.ok) throw new Error(admin.error.message);
    const actor = { id: admin.value.id, roles: admin.value.roles, officeId: admin.value.officeId };
    const made = core.services.staff.create(
      {
        officeId: actor.officeId,
        name: '书记员甲',
        username: 'clerk1',
        password: 'clerk-pass-1',
        roles: ['clerk', 'arbitrator'],
      },
      actor,
    );
    expect(made.ok).toBe(true);
    expect((await fx.call('auth:signIn', { username: 'clerk1', password: 'clerk-pass-1' }, 'c')).ok).toBe(
      true,
    );
    await fx.signInAdmin();
    const name = ((await fx.call('backup:create', {})).value as { name: string }).name;
    for (const [channel, input] of [
      ['backup:list', {}],
      ['backup:create', {}],
      ['backup:verify', { name }],
      ['backup:setKeep', { keep: 3 }],
      ['backup:restore', { name, confirmed: true }],
    ] as const) {
      expect(await fx.call(channel, input, 'c'), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: '只有管理员或主任可以管理备份与恢复' },
      });
    }
    expect(readdirSync(fx.dataDir).some((n) => n.includes('.replaced-'))).toBe(false);
  });

  it('scheduled: one daily backup a day (China time), the newest N kept; manual ones are never pruned', async () => {
    fx = createBackupFixture({ cases: 1 });
    await fx.signInAdmin();
    const backup = fx.host.current()?.services.backup;
    if (backup === undefined) throw new Error('no core');
    await fx.call('backup:create', {});
    expect((await listed()).keep).toBe(7);
    for (let day = 0; day < 10; day++) {
      fx.clock.ms = Date.parse('2026-11-25T02:00:00.000Z') + day * DAY;
      expect((await backup.runDaily())?.ok).toBe(true);
      // Later the same day (China time): nothing more.
      fx.clock.ms += 10 * 3600 * 1000;
      expect(await backup.runDaily()).toBeNull();
    }
    const kinds = (await listed()).backups.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'daily')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'manual')).toHaveLength(1);
    expect((await listed()).backups[0]?.name).toBe('cases-20261204T020000Z-daily.sqlite');
    expect(await fx.call('backup:setKeep', { keep: 3 })).toEqual({ ok: true, value: { keep: 3 } });
    expect((await listed()).backups.filter((b) => b.kind === 'daily').map((b) => b.name)).toEqual([
      'cases-20261204T020000Z-daily.sqlite',
      'cases-20261203T020000Z-daily.sqlite',
      'cases-20261202T020000Z-daily.sqlite',
    ]);
    expect(await fx.call('backup:setKeep', { keep: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('the app core with scheduled backups: a daily one after the start-up check, an exit one on close', async () => {
    fx = createBackupFixture({ cases: 1 });
    fx.host.close();
    const core = createAppCore({
      dataDir: fx.dataDir,
      scheduledBackups: true,
      now: () => Date.parse('2026-11-26T01:00:00.000Z'),
    });
    const kinds = () => listBackupInfo(join(fx.dataDir, 'backups')).map((b) => `${b.kind}:${b.check?.ok}`);
    await vi.waitFor(() => expect(kinds()).toContain('daily:true'));
    core.close();
    expect(kinds().sort()).toEqual(['daily:true', 'exit:true']);
  });

  it('at exit: a checked backup when the core closes, pruned like the daily ones', async () => {
    fx = createBackupFixture({ cases: 1 });
    const backup = fx.host.current()?.services.backup;
    for (let i = 0; i < 9; i++) {
      fx.clock.ms = Date.parse('2026-11-25T02:00:00.000Z') + i * 3600 * 1000;
      expect(backup?.writeAtExit()?.ok).toBe(true);
    }
    await fx.signInAdmin();
    const exits = (await listed()).backups.filter((b) => b.kind === 'exit');
    expect(exits).toHaveLength(7);
    expect(exits.every((b) => b.check?.ok === true && b.size > 0)).toBe(true);
  });
});
