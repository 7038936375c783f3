import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The header's sync state shows within a few seconds: the loop syncs every second, the badge polls every 5 s. */
const STATE_TIMEOUT = 30_000;

export const badgeState = (page: Page) =>
  page.locator('[data-testid="sync-badge"]').getAttribute('data-state', { timeout: 2_000 });

export const badgeText = (page: Page) =>
  page.locator('[data-testid="sync-badge"]').innerText({ timeout: 2_000 });

export const waitForState = (page: Page, state: string, timeout = STATE_TIMEOUT) =>
  expect.poll(() => badgeState(page), { timeout, interval: 250 }).toBe(state);

/** First start → 连接中心服务器 with an account of the server; the desktop pulls its data and signs in. */
export async function connect(
  page: Page,
  serverUrl: string,
  account: { username: string; password: string },
): Promise<void> {
  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  await byTestId('setup-mode').waitFor();
  await page.getByRole('tab', { name: '连接中心服务器' }).click();
  await byTestId('enrol-serverUrl').fill(serverUrl);
  await byTestId('enrol-username').fill(account.username);
  await byTestId('enrol-password').fill(account.password);
  await byTestId('enrol-submit').click();
  await byTestId('case-total').waitFor({ timeout: 30_000 });
}
