import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 4 end to end (要素式办案): a dismissal case's applicant 要素表 filled through the generated form, the
 * respondent's answers, the comparison with its 争议焦点 and 庭审提纲, the tribunal's finding, and the claim check
 * that flags the over-claim with its explanation; then the template and regional-parameter settings.
 */
let e2e: E2E;
let page: Page;
const { byTestId, pick, setDate } = ui(() => page);
const T = 'unlawful_termination';

beforeAll(async () => {
  e2e = await startE2E();
  page = e2e.page;
  const firstOfficeId = await firstStart(page, { name: '李书记', username: 'clerk' });
  const c = await api<{ id: string }>(page, 'cases:register', {
    kind: 'arbitration',
    officeId: firstOfficeId,
    receivedDate: '2025-10-20',
    reasons: [T],
    isCollective: false,
    isMigrantWage: false,
    summary: '被申请人以旷工为由解除劳动合同。',
    parties: [
      { kind: 'worker', role: 'applicant', name: '赵春花', idNumber: '11010519491231002X' },
      {
        kind: 'employer',
        role: 'respondent',
        name: '示例市春晖物流有限公司',
        creditCode: '91350100M000100Y43',
      },
    ],
    claims: [{ type: T, description: '支付违法解除劳动合同赔偿金', amountFen: 16_000_000 }],
  });
  await page.goto(`${e2e.host.url}#/cases/${c.id}`);
  await byTestId('elements-section').waitFor();
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

const el = (key: string) => `el-${T}-${key}`;
/** The shell scrolls inside its content pane, so a screenshot shows what is scrolled into view. */
async function show(id: string): Promise<void> {
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
  await byTestId(id).evaluate((e) => e.scrollIntoView({ block: 'start' }));
}
const cmpRow = (key: string) =>
  byTestId(`elements-cmp-template-${T}`).locator(`[data-testid="el-cmp-row"][data-key="${key}"]`);

describe('要素式办案 on a dismissal case', () => {
  it('the base template renders every element type: lists with rows, 是/否, date ranges', async () => {
    await byTestId('elements-tab-applicant').click();
    await byTestId('elements-tpl-applicant-base').click();
    await byTestId('elements-template-base').waitFor();
    await byTestId('el-base-wagesBeforeSeparation-add').click();
    await byTestId('el-base-wagesBeforeSeparation-add').click();
    await page.locator('#el-base-wagesBeforeSeparation-0-month').fill('2025-08');
    await page.locator('#el-base-wagesBeforeSeparation-0-payableFen').fill('9000');
    await byTestId('el-base-wagesBeforeSeparation-1-remove').click();
    expect(await page.locator('[id^="el-base-wagesBeforeSeparation-"][id$="-month"]').count()).toBe(1);
    await byTestId('el-base-contractSigned-yes').check();
    await setDate('el-base-contractTerm-from', '2019-03-15');
    await show('el-group-base-wages');
    await screenshot(page, 'e00-base');
  });

  it('the applicant fills the 要素表 generated from the template; a typo in 元 is caught first', async () => {
    await byTestId('elements-tab-applicant').click();
    await byTestId(`elements-tpl-applicant-${T}`).click();
    const card = byTestId(`elements-template-${T}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('《劳动合同法实施条例》第二十七条');
    await page.locator(`#${el('claimedAmountFen')}`).fill('160,000.00');
    await pick(el('workerChoice'), '支付赔偿金');
    await setDate(el('noticeDate'), '2025-09-30');
    await page.locator(`#${el('terminationReason')}`).fill('连续旷工三日，严重违反规章制度');
    await pick(el('provisionRelied'), '第三十九条');
    await setDate(el('startDate'), '2019-03-15');
    await setDate(el('endDate'), '2025-09-30');
    await page.locator(`#${el('avgMonthlyWageFen')}`).fill('九千');
    await page.locator(`#${el('cityAvgMonthlyWageFen')}`).fill('8,000.00');
    await page.locator(`#${el('minMonthlyWageFen')}`).fill('2,490.00');
    await byTestId(`el-save-${T}`).click();
    await expect.poll(() => card.innerText()).toContain('金额格式不正确');
    expect(await byTestId(`el-saved-${T}`).count()).toBe(0);

    await page.locator(`#${el('avgMonthlyWageFen')}`).fill('9,000.00');
    await byTestId(`el-save-${T}`).click();
    await byTestId(`el-saved-${T}`).waitFor({ timeout: 30_000 });
    expect(await card.innerText()).not.toContain('金额格式不正确');
    await show(`el-group-${T}-calc`);
    await screenshot(page, 'e01-applicant');
  });

  it('the respondent denies the start date and the wage with its own values, admits the end date (Ctrl+S)', async () => {
    await byTestId('elements-tab-respondent').click();
    await byTestId(`elements-tpl-respondent-${T}`).click();
    const card = byTestId(`elements-resp-template-${T}`);
    await card.waitFor();
    expect(await byTestId(`el-resp-${T}-avgMonthlyWageFen-applicant`).innerText()).toContain('9,000.00 元');
    await byTestId(`el-resp-${T}-startDate-deny`).check();
    await setDate(`el-respval-${T}-startDate`, '2020-03-15');
    await byTestId(`el-resp-${T}-avgMonthlyWageFen-deny`).check();
    await page.locator(`#el-respval-${T}-avgMonthlyWageFen`).fill('6,000.00');
    await page.locator(`#el-respnote-${T}-avgMonthlyWageFen`).fill('月工资含加班费');
    await byTestId(`el-resp-${T}-endDate-admit`).check();
    await page.locator(`#el-respval-${T}-avgMonthlyWageFen`).click();
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => byTestId(`el-resp-saved-${T}`).innerText(), { timeout: 30_000 })
      .toContain('已保存');
    await show(`elements-resp-template-${T}`);
    await screenshot(page, 'e02-respondent');
  });

  it('the comparison tags each element; 争议焦点 and the printable 庭审提纲 list the disputed ones', async () => {
    await byTestId('elements-tab-compare').click();
    await byTestId(`elements-cmp-template-${T}`).waitFor();
    expect(await cmpRow('startDate').getAttribute('data-state')).toBe('disputed');
    expect(await cmpRow('avgMonthlyWageFen').getAttribute('data-state')).toBe('disputed');
    expect(await cmpRow('endDate').getAttribute('data-state')).toBe('agreed');
    expect(await cmpRow('claimedAmountFen').getAttribute('data-state')).toBe('not_addressed');
    expect(await cmpRow('startDate').innerText()).toContain('有争议');
    const summary = byTestId(`el-cmp-summary-${T}`);
    expect(await summary.locator('[data-testid="el-cmp-disputed"]').getAttribute('data-count')).toBe('2');
    expect(await summary.locator('[data-testid="el-cmp-agreed"]').getAttribute('data-count')).toBe('1');

    const focus = await byTestId('elements-focus').innerText();
    expect(focus).toContain('入职');
    expect(focus).toContain('2020-03-15');
    expect(focus).toContain('工资');
    expect(focus).toContain('6,000.00 元');

    const disputed = byTestId('el-outline-disputed');
    expect(await disputed.locator('[data-testid="el-outline-item"]').count()).toBe(2);
    expect(await disputed.innerText()).toContain('入职时间');
    expect(await disputed.innerText()).not.toContain('离职时间');
    expect(await byTestId('el-outline-not_addressed').innerText()).toContain('请求金额');
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset['printed'] = document.body.classList.contains('print-outline')
          ? 'outline'
          : 'page';
      };
    });
    await byTestId('elements-print').click();
    expect(await page.evaluate(() => document.body.dataset['printed'])).toBe('outline');
    await show(`elements-cmp-template-${T}`);
    await screenshot(page, 'e03-compare');
  });

  it('the tribunal records its finding on a disputed element', async () => {
    await byTestId('elements-tab-findings').click();
    await byTestId(`elements-tpl-findings-${T}`).click();
    const card = byTestId(`elements-find-template-${T}`);
    await card.waitFor();
    expect(await card.locator('[data-testid="el-find-row"]').count()).toBe(2);
    await setDate(`el-find-${T}-startDate-value`, '2019-03-15');
    await page
      .locator(`#el-find-${T}-startDate-reason`)
      .fill('社会保险缴费记录显示申请人自 2019 年 3 月起参保');
    await page.locator(`#el-find-${T}-startDate-evidence`).fill('社会保险个人权益记录\n入职登记表');
    await byTestId(`el-find-save-${T}`).click();
    await expect
      .poll(() => byTestId(`el-find-saved-${T}`).innerText(), { timeout: 30_000 })
      .toContain('已保存');
    await show(`elements-find-template-${T}`);
    await screenshot(page, 'e04-findings');
  });

  it('the claim check flags the over-claim with the statutory amount and how it was computed', async () => {
    await byTestId('elements-tab-check').click();
    const card = byTestId(`el-check-${T}`);
    await card.waitFor();
    const over = card.locator('[data-testid="el-flag-over_claim"]');
    expect(await over.count()).toBe(1);
    const message = await over.innerText();
    expect(message).toContain('160,000.00');
    expect(message).toContain('126,000.00');
    expect(await card.locator('[data-testid="el-check-computed"]').innerText()).toBe('126,000.00 元');
    const explain = await card.locator('[data-testid="el-explain"]').innerText();
    expect(explain).toContain('赔偿金 = 2 × 7 个月 × 9,000.00 元 = 126,000.00 元');
    expect(await card.locator('[data-testid="el-basis"]').innerText()).toContain('第八十七条');
    expect(await byTestId('el-param-sample').count()).toBeGreaterThan(0);
    await show(`el-check-${T}`);
    await screenshot(page, 'e05-check');
  });
});

describe('settings: templates and regional parameters', () => {
  it('lists the templates; a broken template is refused naming the problem', async () => {
    await page.goto(`${e2e.host.url}#/settings`);
    await byTestId('settings-tab-elements').click();
    const row = page.locator(`[data-testid="elements-template-row"][data-id="${T}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-version')).toBe('1');
    await byTestId('elements-template-json').fill(
      JSON.stringify({
        id: 'x_test',
        version: 1,
        title: '测试模板',
        claimTypes: ['wage_arrears'],
        groups: [
          {
            key: 'g',
            label: '测试分组',
            elements: [{ key: 'a', label: '测试要素', type: 'weird', required: true, help: '说明' }],
          },
        ],
      }),
    );
    await byTestId('elements-template-save').click();
    await byTestId('elements-template-error').waitFor();
    expect(await byTestId('elements-template-error').innerText()).toContain('测试要素');

    await byTestId(`elements-template-newversion-${T}`).click();
    expect(await byTestId('elements-template-json').inputValue()).toContain('"version": 2');
    await byTestId('elements-template-save').click();
    await byTestId('elements-template-result').waitFor({ timeout: 15_000 });
    await expect.poll(() => row.getAttribute('data-version')).toBe('2');
    await screenshot(page, 'e06-settings-templates');
  });

  it('edits the regional parameters; a blank amount is refused, a confirmed value saved', async () => {
    await byTestId('settings-tab-regional').click();
    await byTestId('regional-0-kind').waitFor();
    expect(await byTestId('regional-source').getAttribute('data-custom')).toBe('false');
    await byTestId('regional-add').click();
    const last = (await page.locator('[data-testid$="-amount"]').count()) - 1;
    await byTestId('regional-save').click();
    await byTestId('regional-error').waitFor();
    expect(await byTestId('regional-error').innerText()).toContain(`第 ${last + 1} 行 金额`);
    await byTestId(`regional-remove-${last}`).click();
    await page.locator('#regional-0-amount').fill('2,500.00');
    await byTestId('regional-0-sample').uncheck();
    await byTestId('regional-save').click();
    await byTestId('regional-result').waitFor({ timeout: 15_000 });
    await expect.poll(() => byTestId('regional-source').getAttribute('data-custom')).toBe('true');
    expect(await page.locator('#regional-0-amount').inputValue()).toBe('2500.00');
    await screenshot(page, 'e07-settings-regional');
  });

  it('showed no errors in the browser console', () => {
    expect(e2e.consoleErrors).toEqual([]);
  });
});
