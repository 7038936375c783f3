import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 11 item 10 on a desktop that is not connected to a central server (the standalone SyncService): the
 * header says 单机模式 and 立即同步 says why it cannot run; 同步设置 checks the server address, explains that
 * enrolment is not available yet, counts the changes waiting (a write shows up within one poll) and lists a
 * change the server refused with its Chinese name and reason. The enrolled states are covered by the
 * syncBadgeText unit test and, once the server exists, by the two-desktop scenario.
 */
let e2e: E2E;
let page: Page;
const { byTestId } = ui(() => page);
let officeId: string;

beforeAll(async () => {
  e2e = await startE2E();
  page = e2e.page;
  officeId = await firstStart(page, { name: '王主任', username: 'director' });
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

const pendingInOutbox = () => e2e.host.core.services.repos.outbox.countByState().pending;

describe('sync in the desktop UI, standalone', () => {
  it('shows 单机模式 in the header and says why 立即同步 is disabled', async () => {
    await byTestId('sync-badge').filter({ hasText: '单机模式' }).waitFor();
    expect(await byTestId('sync-badge').getAttribute('data-state')).toBe('standalone');
    expect(await byTestId('sync-now').isDisabled()).toBe(true);
    expect(await byTestId('sync-now-reason').getAttribute('data-reason')).toBe(
      '本机未接入中心服务器（单机模式），无需同步',
    );
  });

  it('opens 同步设置 from the badge; a standalone desktop is told how a new computer joins a server', async () => {
    await byTestId('sync-badge').click();
    await byTestId('sync-standalone-note').filter({ hasText: '首次启动时选择“连接中心服务器”' }).waitFor();
    // There is no form to fill here: this desktop's own committee and accounts could not be merged.
    expect(await byTestId('sync-enrol-form').count()).toBe(0);
  });

  it('counts the waiting changes, picking up a new write within one poll', async () => {
    const before = pendingInOutbox();
    await byTestId('sync-status')
      .filter({ hasText: `${before} 项` })
      .waitFor();
    await api(page, 'staff:create', {
      officeId,
      name: '林书记',
      username: 'clerk1',
      password: 'clerk-password-1',
      roles: ['clerk'],
    });
    expect(pendingInOutbox()).toBe(before + 1);
    await byTestId('sync-status')
      .filter({ hasText: `${before + 1} 项` })
      .waitFor({ timeout: 10_000 });
  });

  it('lists a refused change with its name and the server reason, and counts it in the header', async () => {
    const first = e2e.host.core.services.repos.outbox.list()[0];
    if (first === undefined) throw new Error('no outbox entry');
    // What the sync store records when the server refuses an entry (docs/sync.md §2.3).
    e2e.host.core.db.prepare("UPDATE outbox SET state = 'rejected', outcome = ? WHERE mutation_id = ?").run(
      JSON.stringify({
        id: first.mutationId,
        outcome: 'rejected',
        reason: '该机构不在本委员会',
        code: 'out_of_scope',
      }),
      first.mutationId,
    );
    await byTestId('sync-rejected-count').filter({ hasText: '1 项被拒绝' }).waitFor({ timeout: 10_000 });
    const row = byTestId('sync-rejected-table').locator('tbody tr', { hasText: '该机构不在本委员会' });
    await row.waitFor();
    expect(await row.innerText()).toContain('初始化');
    await screenshot(page, 'sync-settings-standalone');
    expect(e2e.consoleErrors).toEqual([]);
  });

  it('核对审计记录: the chain verifies, then an entry edited behind the app is named', async () => {
    await byTestId('audit-verify').click();
    await byTestId('audit-verify-result').filter({ hasText: '摘要链完整' }).waitFor({ timeout: 10_000 });
    const target = e2e.host.core.services.repos.audit.list()[0];
    if (target === undefined) throw new Error('no audit entry');
    e2e.host.core.db.exec('DROP TRIGGER audit_log_no_rewrite');
    e2e.host.core.db.prepare(`UPDATE audit_log SET after = '{"x":1}' WHERE id = ?`).run(target.id);
    await byTestId('audit-verify').click();
    await byTestId('audit-verify-result')
      .filter({ hasText: `第一处断裂在第 ${target.id} 号记录` })
      .waitFor({ timeout: 10_000 });
    expect(e2e.consoleErrors).toEqual([]);
  });
});
