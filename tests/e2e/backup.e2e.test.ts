import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 14 item 4 in Chromium: 设置 › 备份与恢复 lists the backups, 立即备份 writes a checked one, and 恢复 (after
 * its confirmation) puts it back: the host reopens the core on it, everyone signs in again, the case registered
 * after the backup is gone, and the file that was replaced is kept beside the database.
 */
let e2e: E2E;
let page: Page;
const { byTestId } = ui(() => page);

beforeAll(async () => {
  e2e = await startE2E();
  page = e2e.page;
  await firstStart(page, { name: '王主任', username: 'director' });
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

describe('备份与恢复', () => {
  it('lists, backs up now and restores with a confirmation', async () => {
    await page.goto(`${e2e.host.url}#/settings/backup`);
    await byTestId('backup-table').waitFor();
    await byTestId('backup-now').click();
    await byTestId('backup-row-manual').waitFor();
    expect(await byTestId('backup-row-manual').textContent()).toContain('校验通过');
    await screenshot(page, 'backup-list');

    expect((await api<{ created: number }>(page, 'demo:seed', { cases: 1 })).created).toBe(1);
    await byTestId('backup-row-manual').locator('[data-testid="backup-restore"]').click();
    await byTestId('restore-warning').waitFor();
    expect(await byTestId('restore-warning').textContent()).toContain('不会删除');
    await screenshot(page, 'backup-restore-confirm');
    await byTestId('restore-confirm').click();

    await byTestId('signin-form').waitFor({ timeout: 60_000 });
    await byTestId('signin-username').fill('director');
    await byTestId('signin-password').fill('e2e-password-1');
    await byTestId('signin-submit').click();
    await byTestId('current-user').waitFor();
    await page.goto(`${e2e.host.url}#/cases`);
    await byTestId('case-total').filter({ hasText: '共 0 件' }).waitFor({ timeout: 60_000 });
    const dataDir = join(e2e.host.core.dbPath, '..');
    expect(readdirSync(dataDir).some((n) => n.startsWith('cases.sqlite.replaced-'))).toBe(true);
    expect(existsSync(e2e.host.core.dbPath)).toBe(true);
    expect(e2e.consoleErrors).toEqual([]);
  });
});
