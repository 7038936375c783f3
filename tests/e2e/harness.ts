import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
 * sync interval (default 30 s) for the tests with a real server. `fakeTimers` gives the page Playwright's
 * installed clock (timers, animation frames and event times faked too) for a test that fast-forwards time.
 */
export async function startE2E(
  opts: { at?: number; syncIntervalMs?: number; fakeTimers?: boolean } = {},
): Promise<E2E> {
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
  const pageClock = await pinPageClock(context, clock, opts.fakeTimers === true);
  // Headless Chromium has no printer: a real print() from the browser host's hidden print frame left the confirm
  // dialog half-closed over the page in some full runs (the next test's clicks all landed on its mask). Every
  // frame's print() is counted on the top page instead, so print tests can say that it was called.
  await context.addInitScript(recordPrints);
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
      await pageClock.set(ms, page);
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

type PageClock = { set(ms: number, page: Page): Promise<void> };

/**
 * The page's clock at the pinned instant. By default only `Date` is moved (each page load starts at the pinned
 * instant, as main's clock stands still there); timers, animation frames, `performance` and event times stay the
 * browser's own. Playwright's installed clock fakes all of those as well, which a test needs only when it
 * fast-forwards time; on a loaded 2-core machine a faked timer or frame is one more thing between a click and
 * what it shows, so it is used only where it is needed.
 */
async function pinPageClock(context: BrowserContext, at: number, fakeTimers: boolean): Promise<PageClock> {
  if (fakeTimers) {
    // starts at the pinned instant and then runs (timers fire, so messages close and animations end)
    await context.clock.install({ time: at });
    return { set: (ms) => context.clock.setSystemTime(ms) };
  }
  await context.addInitScript(installPinnedDate, at);
  return {
    async set(ms, page) {
      // later init scripts run after earlier ones, so the next page load starts at `ms`; this page moves now
      await context.addInitScript(movePinnedDate, ms);
      await page.evaluate(movePinnedDate, ms);
    },
  };
}

type PinnedWindow = typeof globalThis & { __e2eDateOffset?: number };

/** Runs in the page before its own scripts: `Date` reads the real time shifted to start at `at`. */
function installPinnedDate(at: number): void {
  const g = globalThis as PinnedWindow;
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  g.__e2eDateOffset = at - realNow();
  const now = () => realNow() + (g.__e2eDateOffset ?? 0);
  g.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget) as object,
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver): unknown => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}

function movePinnedDate(at: number): void {
  const g = globalThis as PinnedWindow;
  g.__e2eDateOffset = at - Date.now() + (g.__e2eDateOffset ?? 0);
}

/** Runs in every frame: print() counts on the top page's body (`data-prints`) instead of opening a dialog. */
function recordPrints(): void {
  window.print = () => {
    const body = window.top?.document.body;
    if (body) body.dataset['prints'] = String(Number(body.dataset['prints'] ?? '0') + 1);
  };
}
