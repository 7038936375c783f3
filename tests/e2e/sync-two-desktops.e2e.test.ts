import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { startSyncServer, type SyncServer } from './sync-server';
import { ui } from './ui';
import { badgeText, connect, waitForState } from './sync-desktop';

/**
 * Issue 11's acceptance end to end: one real server process (PGlite) and two browser-host desktops. The
 * committee's desktop connects on first start, adds a 调解组织 and its mediator from 设置; the station's desktop
 * connects with that mediator. With the server down the station registers a mediation case (离线 · 待同步 1 项);
 * the server comes back, the case reaches the committee; the station transfers the failed mediation, the
 * committee accepts the arbitration case and the centre's official 案号 shows on both desktops. The header's
 * `data-state` is checked at each step.
 */
const ADMIN = { username: 'admin', password: 'admin-password-1' };
const MEDIATOR = { username: 'med1', password: 'med1-password-1' };
const STATION = { name: '东街道劳动争议调解委员会', shortName: '东街道' };
// The committee's short name (地区简称) heads its numbers: {简称}劳人仲案字〔年〕第N号.
const OFFICIAL_NO = '示例劳人仲案字〔2026〕第1号';
const WORKER = '欧阳春花';
// The loop syncs every second, the header polls every 5 s: a state shows within a few seconds.
const SYNC_INTERVAL_MS = 1_000;
const STATE_TIMEOUT = 20_000;

let server: SyncServer;
let committee: E2E;
let station: E2E;

beforeAll(async () => {
  [server, committee, station] = await Promise.all([
    startSyncServer({
      ...ADMIN,
      name: '王主任',
      committee: '示例市劳动人事争议仲裁委员会',
      shortName: '示例',
    }),
    startE2E({ syncIntervalMs: SYNC_INTERVAL_MS }),
    startE2E({ syncIntervalMs: SYNC_INTERVAL_MS }),
  ]);
}, 180_000);
afterAll(async () => {
  await Promise.all([committee?.dispose(), station?.dispose(), server?.dispose()]);
});

const atCommittee = ui(() => committee.page);
const atStation = ui(() => station.page);

describe('a station and its committee, each on its own desktop, one real server', () => {
  it('the committee connects, adds its 调解组织 and a mediator there, and reaches 已同步', async () => {
    const { byTestId, pick } = atCommittee;
    const page = committee.page;
    await connect(page, server.url, ADMIN);
    await waitForState(page, 'synced');

    await page.goto(`${committee.host.url}#/settings/offices`);
    await byTestId('station-form').waitFor();
    await byTestId('station-name').fill(STATION.name);
    await byTestId('station-shortName').fill(STATION.shortName);
    await byTestId('station-submit').click();
    await page
      .locator('[data-testid="office-row"][data-kind="station"]', { hasText: STATION.name })
      .waitFor();
    await screenshot(page, 'sync2-01-committee-offices');

    await byTestId('settings-tab-staff').click();
    await byTestId('staff-form').waitFor();
    await byTestId('staff-name').fill('林调解');
    await byTestId('staff-username').fill(MEDIATOR.username);
    await byTestId('staff-password').fill(MEDIATOR.password);
    await pick('staff-roles', '调解员');
    await page.keyboard.press('Escape');
    await pick('staff-office', STATION.shortName);
    await byTestId('staff-submit').click();
    const row = byTestId('staff-table').locator('tr', { hasText: MEDIATOR.username });
    await row.waitFor();
    expect(await row.innerText()).toContain(STATION.name);
    // Both writes reach the server: nothing waits any more.
    await waitForState(page, 'synced');
    expect(await badgeText(page)).toContain('已同步');
    await screenshot(page, 'sync2-02-committee-synced');
  });

  it('the station connects with its mediator and sees its own office', async () => {
    const page = station.page;
    await connect(page, server.url, MEDIATOR);
    expect(await atStation.byTestId('current-user').innerText()).toContain('林调解');
    await waitForState(page, 'synced');
  });

  it('with the server down the station registers a case: 离线 · 待同步 1 项', async () => {
    const { byTestId, pick } = atStation;
    const page = station.page;
    await server.stop();

    await byTestId('case-new').click();
    await byTestId('register-form').waitFor();
    await byTestId('case-kind-mediation').click();
    await pick('case-reasons', '加班费');
    await page.keyboard.press('Escape');
    await byTestId('case-summary').fill('申请人每月加班约 40 小时，被申请人未支付加班费。');
    await page.locator('#party-0-name').fill(WORKER);
    await page.locator('#party-0-idNumber').fill('11010519491231002X');
    await page.locator('#party-1-name').fill('示例市春晖物流有限公司');
    await page.locator('#party-1-creditCode').fill('91350100M000100Y43');
    await pick('claim-0-type', '加班费');
    await page.locator('#claim-0-amount').fill('12345.60');
    await byTestId('register-submit').click();
    await byTestId('case-page').waitFor({ timeout: 30_000 });

    // The write pokes the loop, whose round fails: the header says so and counts what waits.
    await waitForState(page, 'offline');
    await expect.poll(() => badgeText(page), { timeout: STATE_TIMEOUT }).toBe('离线 · 待同步 1 项');
    await screenshot(page, 'sync2-03-station-offline-pending');
  });

  it('the server comes back: the station syncs and the case appears in the committee’s list', async () => {
    await server.start();
    // The station's change stream reconnects and pokes its loop, which is waiting out a backoff.
    await waitForState(station.page, 'synced');
    expect(await badgeText(station.page)).toContain('已同步');
    const page = committee.page;
    await expect.poll(() => caseIdOf(page, 'mediation'), { timeout: STATE_TIMEOUT }).not.toBeNull();
    await openList(page);
    expect(await rowOf(page, '调解')).not.toBeNull();
    await waitForState(page, 'synced');
    await screenshot(page, 'sync2-04-committee-sees-case');
  });

  it('the station accepts the mediation, records its failure and transfers it to arbitration', async () => {
    const page = station.page;
    await atStation.byTestId('procedure-panel').waitFor();
    await stationStep('med.accept', '2026-11-25');
    await expect.poll(() => atStation.byTestId('procedure-status').innerText()).toContain('已受理');
    await stationStep('med.failed', '2026-11-25', async () => {
      await atStation.byTestId('action-reasons').fill('双方对加班时长分歧较大');
    });
    await atStation.byTestId('transfer-to-arbitration').click();
    await atStation.setDate('transfer-receivedDate', '2026-11-25');
    await atStation.byTestId('transfer-confirm').click();
    await expect
      .poll(() => atStation.byTestId('linked-case').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => atStation.byTestId('case-number').innerText()).toMatch(/PROV-/);
    await waitForState(page, 'synced');
    await screenshot(page, 'sync2-05-station-transferred');
  });

  it('the committee accepts the arbitration case and gets the official 案号 from the centre', async () => {
    const page = committee.page;
    await expect.poll(() => caseIdOf(page, 'arbitration'), { timeout: STATE_TIMEOUT }).not.toBeNull();
    await openList(page);
    await (await rowOf(page, '仲裁'))?.click();
    await atCommittee.byTestId('procedure-panel').waitFor();
    await committeeStep('arb.accept', '2026-11-25');
    // Accepted here, numbered by the centre: the number comes back with the next pull.
    const id = new URL(page.url()).hash.replace('#/cases/', '');
    await expect.poll(() => officialNoOf(page, id), { timeout: STATE_TIMEOUT }).toBe(OFFICIAL_NO);
    await page.reload();
    await expect.poll(() => atCommittee.byTestId('case-number').innerText()).toBe(OFFICIAL_NO);
    await waitForState(page, 'synced');
    await screenshot(page, 'sync2-06-committee-official-number');
  });

  it('the official 案号 reaches the station on the transferred case', async () => {
    const page = station.page;
    // The station's page is still the transferred case it opened after 转仲裁.
    const id = new URL(page.url()).hash.replace('#/cases/', '');
    await expect.poll(() => officialNoOf(page, id), { timeout: STATE_TIMEOUT }).toBe(OFFICIAL_NO);
    await page.reload();
    await expect.poll(() => atStation.byTestId('case-number').innerText()).toBe(OFFICIAL_NO);
    await waitForState(page, 'synced');
    await screenshot(page, 'sync2-07-station-official-number');
  });

  it('showed no errors in either browser console', () => {
    expect(committee.consoleErrors).toEqual([]);
    expect(station.consoleErrors).toEqual([]);
  });
});

/** The worker's row of that kind (its 类型 cell says 调解 or 仲裁) in the case list, or null. */
async function rowOf(page: Page, kind: string): Promise<Locator | null> {
  const rows = page.locator('[data-testid="case-row"]', { hasText: WORKER });
  for (let i = 0; i < (await rows.count()); i++) {
    const text = await rows.nth(i).innerText();
    if (text.split('\n').some((cell) => cell.trim() === kind)) return rows.nth(i);
  }
  return null;
}

/** Opens the case list afresh (it is fetched when opened). */
async function openList(page: Page): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/cases`);
  await page.reload();
  await page.locator('[data-testid="case-row"]', { hasText: WORKER }).first().waitFor();
}

/** What this desktop's database holds, through the same contract the list uses (polled while syncs land). */
async function caseIdOf(page: Page, kind: 'mediation' | 'arbitration'): Promise<string | null> {
  const r = await api<{ rows: { id: string }[] }>(page, 'cases:list', { kind, query: WORKER });
  return r.rows[0]?.id ?? null;
}
async function officialNoOf(page: Page, id: string): Promise<string | null> {
  return (await api<{ officialNo: string | null }>(page, 'cases:get', { id })).officialNo;
}

/** Opens a step's form on the given desktop, fills it, submits, and waits for the panel to reload. */
async function stepOn(
  at: ReturnType<typeof ui>,
  actionId: string,
  on: string,
  fill: () => Promise<void> = async () => {},
): Promise<void> {
  await at.byTestId(`action-${actionId.replace(/\./g, '-')}`).click();
  await at.byTestId('action-form').waitFor();
  await at.setDate('action-occurredOn', on);
  await fill();
  await at.byTestId('action-submit').click();
  await at.byTestId('action-form').waitFor({ state: 'detached', timeout: 15_000 });
}
const stationStep = (id: string, on: string, fill?: () => Promise<void>) => stepOn(atStation, id, on, fill);
const committeeStep = (id: string, on: string) => stepOn(atCommittee, id, on);
