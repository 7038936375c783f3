import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * The foundation's walking skeleton, as a clerk would do it: first start, sign in, register a case using only
 * the keyboard, find it by a 2-character name, open it and see its timeline. A screenshot of each screen is kept.
 */
let e2e: E2E;
let page: Page;
const { byTestId } = ui(() => page);
beforeAll(async () => {
  e2e = await startE2E();
  page = e2e.page;
});
afterAll(async () => {
  await e2e.dispose();
});

/** Presses Tab until the focused element is the one wanted — keyboard only, without counting fields by hand. */
async function tabTo(id: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    const active = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.getAttribute('data-testid') ?? ''}|${el.id}` : '';
    });
    if (active.split('|').includes(id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${id}`);
}

describe('foundation walking skeleton in Chromium', () => {
  it('first start: creates the committee and administrator with demo data', async () => {
    await byTestId('setup-form').waitFor();
    await byTestId('setup-committeeName').fill('示例市劳动人事争议仲裁委员会');
    await byTestId('setup-shortName').fill('示劳');
    await byTestId('setup-adminName').fill('李书记');
    await byTestId('setup-username').fill('clerk');
    await byTestId('setup-password').fill('e2e-password-1');
    await byTestId('setup-confirmPassword').fill('e2e-password-1');
    await screenshot(page, '01-setup');
    await byTestId('setup-submit').click();
    await byTestId('case-total').waitFor({ timeout: 60_000 });
    await expect.poll(() => byTestId('case-total').innerText()).toContain('200');
  });

  it('signs out and signs in again with the keyboard', async () => {
    await byTestId('signout').click();
    await byTestId('signin-form').waitFor();
    await byTestId('signin-username').focus();
    await page.keyboard.type('clerk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong-password');
    await page.keyboard.press('Enter');
    await expect.poll(() => byTestId('signin-error').innerText()).toContain('用户名或密码不正确');
    await byTestId('signin-password').fill('');
    await byTestId('signin-password').focus();
    await page.keyboard.type('e2e-password-1');
    await screenshot(page, '02-sign-in');
    await page.keyboard.press('Enter');
    await byTestId('case-total').waitFor();
    await byTestId('case-row').first().waitFor();
    await screenshot(page, '03-case-list');
  });

  it('registers a case using only the keyboard', async () => {
    await tabTo('case-new');
    await page.keyboard.press('Enter');
    await byTestId('register-form').waitFor();

    await tabTo('case-reasons');
    await page.keyboard.type('加班费');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');

    await tabTo('case-summary');
    await page.keyboard.type('申请人每月加班约 40 小时，被申请人未支付加班费。');

    await tabTo('party-0-name');
    await page.keyboard.type('欧阳春花');
    await page.keyboard.press('Enter'); // Enter moves to the next field, it does not submit
    await page.keyboard.type('11010519491231002x');
    await tabTo('party-1-name');
    await page.keyboard.type('示例市春晖物流有限公司');
    await page.keyboard.press('Enter');
    await page.keyboard.type('91350100M000100Y43');

    await tabTo('claim-0-type');
    // A common word, not the type's name: 加班工资 finds 加班费 first (resources/claim-synonyms).
    await page.keyboard.type('加班工资');
    await page.keyboard.press('Enter');
    await tabTo('claim-0-amount');
    await page.keyboard.type('12345.60');
    await screenshot(page, '04-register-form');
    await page.keyboard.press('Control+s');
    await byTestId('case-page').waitFor({ timeout: 30_000 });
    await expect.poll(() => byTestId('case-number').innerText()).toMatch(/PROV-/);
  });

  it('finds the new case among the demo cases by a 2-character name, opens it and shows its timeline', async () => {
    await byTestId('menu-cases').click();
    await byTestId('case-search').focus();
    await page.keyboard.type('春花');
    await expect.poll(() => byTestId('case-total').innerText(), { timeout: 10_000 }).toContain('共 1 件');
    const row = byTestId('case-row').filter({ hasText: '欧阳春花' });
    await row.waitFor();
    await screenshot(page, '05-search-2-chars');
    await row.click();
    await byTestId('case-page').waitFor();
    await expect.poll(() => byTestId('case-parties').innerText()).toContain('11010519491231002X');
    await expect.poll(() => byTestId('case-claims').innerText()).toContain('12,345.60');
    const claims = await byTestId('case-claims').innerText();
    expect(claims).toContain('加班费');
    expect(claims).not.toContain('追索劳动报酬'); // 工资 is a word for it too, ranked below 加班工资 → 加班费
    const timeline = byTestId('case-timeline-item');
    await expect.poll(() => timeline.count()).toBeGreaterThan(0);
    expect(await timeline.first().innerText()).toContain('收件登记');
    await screenshot(page, '06-case-page');
  });

  it('设置 › 常用说法: the administrator adds a word, it is checked, saved, and the try box finds the type by it', async () => {
    await page.goto(`${e2e.host.url}#/settings/synonyms`);
    await byTestId('synonyms-settings').waitFor();
    expect(await byTestId('synonyms-source').getAttribute('data-custom')).toBe('false');
    const overtime = byTestId('synonyms-overtime');
    expect(await overtime.inputValue()).toContain('加班工资');
    await overtime.fill('加班、加班');
    await expect.poll(() => byTestId('synonyms-overtime-error').innerText()).toContain('“加班”重复');
    expect(await byTestId('synonyms-save').isDisabled()).toBe(true);
    await overtime.fill('加班、熬夜干活');
    await byTestId('synonyms-save').click();
    await expect.poll(() => byTestId('synonyms-source').getAttribute('data-custom')).toBe('true');
    await byTestId('synonyms-try').fill('熬夜干活');
    await expect.poll(() => byTestId('synonyms-try-result').innerText()).toContain('加班费');
    await screenshot(page, '07-synonyms');
  });

  it('showed no errors in the browser console (CSP, React, network)', () => {
    expect(e2e.consoleErrors).toEqual([]);
  });
});
