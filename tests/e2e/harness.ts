import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/host';
import { createConsoleLogger } from '../../electron/main/logger';
import { TEST_SCRYPT_PARAMS } from '../helpers/core';

export const SCREENSHOT_DIR = resolve('test-output', 'e2e');

export type E2E = {
  host: BrowserHost;
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  /** Moves both clocks (main's and the page's) to `ms`, e.g. to "the next morning". */
  setClock(ms: number): Promise<void>;
  dispose(): Promise<void>;
};

/**
 * The instant every E2E run starts at unless it chooses another: Wednesday 2026-11-25, 10:00 in China. Tests never
 * depend on the real day (a deadline's tone, "next Tuesday", a year without holiday data would all move with it).
 */
export const E2E_EPOCH = Date.parse('2026-11-25T02:00:00Z');

/**
 * A fresh data directory, the browser host serving the built renderer, and Debian's Chromium driven by
 * playwright-core (no browser download). Console errors are collected so a test can assert there were none.
 * Main's clock (AppCoreOptions `now`) is pinned to `opts.at` (default E2E_EPOCH) and the page's clock starts
 * there (so its dates agree with main's); `setClock` moves both. `syncIntervalMs` shortens an enrolled desktop's
 * sync interval (default 30 s) for the tests with a real server.
 */
export async function startE2E(opts: { at?: number; syncIntervalMs?: number } = {}): Promise<E2E> {
  let clock = opts.at ?? E2E_EPOCH;
  const dataDir = mkdtempSync(join(tmpdir(), 'ldcs-e2e-'));
  const logs: string[] = [];
  const host = await startBrowserHost({
    dataDir,
    staticDir: resolve('dist/renderer'),
    logger: createConsoleLogger((l) => logs.push(l)),
    now: () => clock,
    // Every E2E signs in, often several times: test-cost password hashes (tests/helpers/core.ts).
    scryptParams: TEST_SCRYPT_PARAMS,
    ...(opts.syncIntervalMs !== undefined ? { syncIntervalMs: opts.syncIntervalMs } : {}),
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
  // A clock that starts at the pinned instant and then runs (timers fire, so messages close and animations end).
  await context.clock.install({ time: clock });
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
    async setClock(ms: number) {
      clock = ms;
      await context.clock.setSystemTime(ms);
    },
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
