import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_COLUMNS } from '../../shared/stats';
import { todayInChina } from '../../shared/util/clock';
import { E2E_EPOCH, screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 13 (统计分析) end to end on demo data: the director opens 统计分析 (this year to the pinned day), sees the
 * official table, the rates and the charts, opens a figure's cases, and exports .xlsx whose official table —
 * read back with exceljs — holds exactly the figures the page shows.
 */
const TODAY = todayInChina(E2E_EPOCH);
let e2e: E2E;
let page: Page;
const { byTestId, show } = ui(() => page);

beforeAll(async () => {
  e2e = await startE2E();
  page = e2e.page;
  await byTestId('setup-form').waitFor();
  await byTestId('setup-committeeName').fill('示例市劳动人事争议仲裁委员会');
  await byTestId('setup-shortName').fill('示劳');
  await byTestId('setup-adminName').fill('王主任');
  await byTestId('setup-username').fill('director');
  await byTestId('setup-password').fill('e2e-password-1');
  await byTestId('setup-confirmPassword').fill('e2e-password-1');
  await byTestId('setup-submit').click(); // with the default demo data
  await byTestId('case-total').waitFor({ timeout: 60_000 });
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

describe('统计分析 on demo data', () => {
  it('shows the period table, the rates and the charts, and says what data it covers', async () => {
    await byTestId('menu-analysis').click();
    await byTestId('page-analysis').waitFor();
    await byTestId('stats-table').waitFor({ timeout: 30_000 });
    expect(await byTestId('stats-coverage').innerText()).toContain('本机单机数据');
    expect(await byTestId('stats-coverage').innerText()).toContain('示例市劳动人事争议仲裁委员会');
    const accepted = Number(await byTestId('stat-accepted').innerText());
    const closed = Number(await byTestId('stat-closed').innerText());
    expect(accepted).toBeGreaterThan(0);
    expect(closed).toBeGreaterThan(0);
    // the table's own identity, on the page: 结案 by 处理方式 adds up to 结案
    const method = await Promise.all(
      ['method.mediation', 'method.award', 'method.other'].map(async (k) =>
        Number(await byTestId(`stat-${k}`).innerText()),
      ),
    );
    expect(method.reduce((a, b) => a + b, 0)).toBe(closed);
    expect(await byTestId('rate-mediationSuccess').innerText()).toMatch(/%|—/u);
    for (const chart of ['chart-monthly', 'chart-reasons', 'chart-rates', 'chart-handlers', 'chart-offices'])
      await expect
        .poll(() => page.locator(`[data-testid="${chart}"] svg, [data-testid="${chart}"] canvas`).count())
        .toBeGreaterThan(0);
    await screenshot(page, 's01-analysis');
  });

  it('a figure opens the list of its cases', async () => {
    const closed = Number(await byTestId('stat-closed').innerText());
    await show(byTestId('stats-table'));
    await byTestId('stat-closed').click();
    await byTestId('drill-cases').waitFor();
    await expect.poll(() => page.locator('.ant-modal-title').innerText()).toContain(`（${closed} 件）`);
    await expect.poll(() => byTestId('drill-row').count()).toBe(Math.min(closed, 20));
    const first = byTestId('drill-row').first();
    // every listed case was closed within the period
    const closedOn = (await first.locator('td').nth(5).innerText()).trim();
    expect(closedOn >= `${TODAY.slice(0, 4)}-01-01` && closedOn <= TODAY).toBe(true);
    await screenshot(page, 's02-drilldown');
    await page.keyboard.press('Escape');
    await byTestId('drill-cases').waitFor({ state: 'detached' });
  });

  it('exports .xlsx whose official table holds the same figures as the page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('stats-export').click()]);
    expect(download.suggestedFilename()).toBe(
      `劳动人事争议处理情况统计（${TODAY.slice(0, 4)}-01-01至${TODAY}）.xlsx`,
    );
    const bytes = await readFile(await download.path());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = wb.getWorksheet('统计表');
    expect(sheet?.getCell(1, 1).text).toContain(`${TODAY.slice(0, 4)}-01-01 至 ${TODAY}`);
    for (const [i, c] of OFFICIAL_COLUMNS.entries()) {
      const onPage = Number(await byTestId(`stat-${c.key}`).innerText());
      expect({ column: c.key, value: sheet?.getCell(5, i + 1).value }).toEqual({
        column: c.key,
        value: onPage,
      });
    }
    const rates = wb.getWorksheet('比率');
    expect(rates?.getCell(2, 1).value).toBe('调解成功率');
    expect(rates?.getCell(2, 2).value).toBe(Number(await byTestId('rate-mediationSuccess-num').innerText()));
    const list = wb.getWorksheet('案件清单');
    expect(list?.rowCount ?? 0).toBeGreaterThan(1);
  });

  it('a target changed in 设置 › 统计口径 is what the page compares against', async () => {
    await byTestId('menu-settings').click();
    await byTestId('settings-tab-stats').click();
    await byTestId('stats-definitions-settings').waitFor();
    const target = page.locator('#stats-def-mediationSuccess-target');
    await target.fill('1');
    await byTestId('stats-definitions-save').click();
    await expect.poll(() => byTestId('stats-definitions-result').innerText()).toContain('已保存统计口径');
    await byTestId('menu-analysis').click();
    await byTestId('stats-table').waitFor();
    await expect.poll(() => byTestId('stats-coverage').innerText()).toContain('统计口径');
    // the demo data close mediation cases, so the rate has a value; at a 1 % target it is met
    await expect.poll(() => byTestId('rate-mediationSuccess').innerText()).toMatch(/%\s*达标$/u);
    expect(e2e.consoleErrors).toEqual([]);
  });
});
