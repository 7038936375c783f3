import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/host';
import { createConsoleLogger } from '../../electron/main/logger';

export const SCREENSHOT_DIR = resolve('test-output', 'e2e');

export type E2E = {
  host: BrowserHost;
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  dispose(): Promise<void>;
};

/**
 * A fresh data directory, the browser host serving the built renderer, and Debian's Chromium driven by
 * playwright-core (no browser download). Console errors are collected so a test can assert there were none.
 * `opts.now` replaces main's clock (AppCoreOptions `now`) so a test can move to another day.
 */
export async function startE2E(opts: { now?: () => number } = {}): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ldcs-e2e-'));
  const logs: string[] = [];
  const host = await startBrowserHost({
    dataDir,
    staticDir: resolve('dist/renderer'),
    logger: createConsoleLogger((l) => logs.push(l)),
    // A controllable clock for main ("the next morning"); the browser keeps the real one.
    ...(opts.now === undefined ? {} : { now: opts.now }),
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=zh-CN',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(host.url);
  return {
    host,
    browser,
    page,
    consoleErrors,
    async dispose() {
      await browser.close();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (logs.some((l) => l.includes('"level":"error"')))
        throw new Error(`main logged errors:\n${logs.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
