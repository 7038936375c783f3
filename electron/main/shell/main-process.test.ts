import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contracts/channels';
import { createAppCore, listBackups, restoreBackup, type AppCore, type AppCoreOptions } from '../app-core';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { createConsoleLogger } from '../logger';
import type { UpdaterLike } from './updates';
import { version16Database } from '../../../tests/helpers/older-database';
import { upgradeDatabase } from '../upgrade-database';

/**
 * The process lifecycle with only 'electron' mocked (issue 15 item 6): the real window, menu and data-folder code
 * run against the recorded Electron below, and the core is the real one over a SQLite file in a temp folder.
 */
type Listener = (...args: unknown[]) => unknown;
const h = vi.hoisted(() => {
  const state = {
    order: [] as string[],
    listeners: new Map<string, Listener>(),
    lock: true,
    ready: undefined as (() => void) | undefined,
    userData: '',
  };
  const app = {
    enableSandbox: vi.fn(() => void state.order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
    isPackaged: true,
    getPath: () => state.userData,
    setPath: vi.fn(),
    getVersion: () => '0.0.0-test',
    on: vi.fn((name: string, l: Listener) => {
      state.order.push(`on:${name}`);
      state.listeners.set(name, l);
    }),
    whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
  };
  /** What the real createMainWindow and hardenWebContents touch on a window, its contents and its session. */
  type WindowRecord = { options: unknown; loaded: string[]; win: BrowserWindow };
  const windows: WindowRecord[] = [];
  class BrowserWindow {
    static getAllWindows = () => [];
    readonly webContents = {
      id: 1,
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    };
    private readonly record: WindowRecord;
    private destroyed = false;
    constructor(options: unknown) {
      this.record = { options, loaded: [], win: this };
      windows.push(this.record);
    }
    on = vi.fn();
    once = vi.fn<(name: string, l: Listener) => void>();
    show = vi.fn();
    hide = vi.fn();
    setTitle = vi.fn();
    setProgressBar = vi.fn();
    removeMenu = vi.fn();
    destroy = vi.fn(() => void (this.destroyed = true));
    isDestroyed = () => this.destroyed;
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  /** The OS's key keeping, recorded: a reversible wrapping that fails for bytes it did not wrap. */
  const safeStorage = {
    available: true,
    isEncryptionAvailable: vi.fn(() => safeStorage.available),
    encryptString: vi.fn((s: string) =>
      Buffer.from(`wrapped:${Buffer.from(s).reverse().toString('base64')}`),
    ),
    decryptString: vi.fn((b: Buffer) => {
      const t = b.toString();
      if (!t.startsWith('wrapped:')) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(t.slice('wrapped:'.length), 'base64').reverse().toString();
    }),
  };
  return {
    state,
    app,
    safeStorage,
    windows,
    BrowserWindow,
    ipcHandle: vi.fn<(channel: string, listener: unknown) => void>(),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void state.order.push('registerScheme')),
      handle: vi.fn(),
    },
    dialog: { showMessageBoxSync: vi.fn(() => 0), showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => ({ template: t })) },
  };
});

vi.mock('electron', () => ({
  Notification: { isSupported: () => false },
  powerMonitor: { on: vi.fn(), removeListener: vi.fn() },
  app: h.app,
  ipcMain: { handle: h.ipcHandle },
  protocol: h.protocol,
  dialog: h.dialog,
  shell: { openExternal: vi.fn() },
  BrowserWindow: h.BrowserWindow,
  Menu: h.menu,
  safeStorage: h.safeStorage,
}));

const { runMainProcess } = await import('./main-process');
const { safeStorageKeyStore } = await import('./db-key-store');

/** The Node build of better-sqlite3 the tests run on: a native module path a real core can load. */
const NODE_BINDING = join(
  createRequire(import.meta.url).resolve('better-sqlite3/package.json'),
  '..',
  'build',
  'Release',
  'better_sqlite3.node',
);

let base: string;
const cores: AppCore[] = [];
beforeEach(() => {
  vi.clearAllMocks();
  h.state.order.length = 0;
  h.state.listeners.clear();
  h.state.lock = true;
  h.state.ready = undefined;
  h.windows.length = 0;
  base = mkdtempSync(join(tmpdir(), 'ldcs-main-process-'));
  h.state.userData = join(base, 'userData');
});
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  rmSync(base, { recursive: true, force: true });
});

type CoreOpts = Parameters<Parameters<typeof runMainProcess>[0]['createAppCore']>[0];

function start(
  env: Record<string, string> = {},
  packagedBinding?: string,
  updater?: () => UpdaterLike,
  withUpgrade = false,
) {
  const dataDir = join(base, 'data');
  const logs: string[] = [];
  const opened: CoreOpts[] = [];
  // The real core; the wrapper only keeps what the shell asked for and the core it got.
  const createCore = (opts: CoreOpts): AppCore => {
    opened.push(opts);
    const real: AppCoreOptions = { ...opts, logger: createConsoleLogger((l) => logs.push(l)) };
    const core = createAppCore(real);
    cores.push(core);
    return core;
  };
  runMainProcess({
    createAppCore: createCore,
    restoreBackup,
    preloadPath: '/p/index.cjs',
    rendererDir: join(base, 'renderer'),
    ...(packagedBinding === undefined ? {} : { packagedBinding }),
    ...(updater === undefined ? {} : { updater }),
    ...(withUpgrade
      ? {
          upgradeDatabase: (
            opts: CoreOpts,
            onProgress: Parameters<typeof upgradeDatabase>[0]['onProgress'],
          ) => upgradeDatabase({ ...opts, logger: createConsoleLogger((l) => logs.push(l)), onProgress }),
        }
      : {}),
    env,
    argv: [`--data-dir=${dataDir}`],
  });
  const becomeReady = async () => {
    h.state.ready?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { dataDir, opened, logs, becomeReady };
}

/** electron-updater's part, recorded: which checks the shell started. */
function recordingUpdater() {
  const checks: string[] = [];
  const made = vi.fn((): UpdaterLike => ({
    autoDownload: false,
    autoInstallOnAppQuit: false,
    allowDowngrade: true,
    allowPrerelease: true,
    setFeedURL: (o) => void checks.push(`feed ${o.url}`),
    checkForUpdatesAndNotify: () => {
      checks.push('check');
      return Promise.resolve(null);
    },
    on: () => undefined,
  }));
  return { made, checks };
}

describe('runMainProcess', () => {
  it('registers the scheme, enables the sandbox and hooks new web contents before ready', () => {
    const { dataDir, opened } = start();
    expect(h.state.order.slice(0, 3)).toEqual(['registerScheme', 'enableSandbox', 'on:web-contents-created']);
    expect(opened).toEqual([]);
    // The real data-folder code ran: the folder exists, and Chromium's profile moved under it.
    expect(existsSync(dataDir)).toBe(true);
    expect(h.app.setPath).toHaveBeenCalledWith('userData', join(dataDir, 'electron-profile'));
  });

  it('quits at once when another instance holds the lock', () => {
    h.state.lock = false;
    const { opened } = start();
    expect(h.app.quit).toHaveBeenCalledOnce();
    expect(opened).toEqual([]);
  });

  it('on ready opens the core, registers every IPC channel, serves app:// and opens the window', async () => {
    const { dataDir, opened, becomeReady } = start();
    await becomeReady();
    expect(opened).toEqual([
      {
        dataDir,
        shell: expect.objectContaining({ printHtml: expect.any(Function) }),
        scheduledBackups: true,
        requestRestore: expect.any(Function),
        dbKey: expect.objectContaining({ where: join(dataDir, 'cases.key') }),
      },
    ]);
    expect(existsSync(join(dataDir, 'cases.sqlite'))).toBe(true);
    expect(h.ipcHandle.mock.calls.map((c: unknown[]) => String(c[0]))).toEqual(
      CHANNELS.map((c) => `app:${c}`),
    );
    expect(h.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // The real menu: no reload or developer tools in a packaged build.
    const template = JSON.stringify(h.menu.buildFromTemplate.mock.calls[0]?.[0]);
    expect(h.menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(template).not.toContain('toggleDevTools');
    // The real window, with the preload it was given, loading the renderer from app://.
    expect(h.windows).toHaveLength(1);
    expect(h.windows[0]?.options).toMatchObject({
      webPreferences: { preload: '/p/index.cjs', sandbox: true, contextIsolation: true, devTools: false },
    });
    expect(h.windows[0]?.loaded).toEqual(['app://renderer/index.html']);
  });

  it('in development passes LDCS_SQLITE_BINDING through as nativeBinding (and the core opens with it)', async () => {
    h.app.isPackaged = false;
    try {
      const { dataDir, opened, becomeReady } = start({ LDCS_SQLITE_BINDING: NODE_BINDING });
      await becomeReady();
      expect(opened).toEqual([
        {
          dataDir,
          nativeBinding: NODE_BINDING,
          shell: expect.objectContaining({ saveHtmlAsPdf: expect.any(Function) }),
          scheduledBackups: true,
          requestRestore: expect.any(Function),
          dbKey: expect.objectContaining({ where: join(dataDir, 'cases.key') }),
        },
      ]);
      expect(h.windows).toHaveLength(1);
      expect(JSON.stringify(h.menu.buildFromTemplate.mock.calls[0]?.[0])).toContain('toggleDevTools');
    } finally {
      h.app.isPackaged = true;
    }
  });

  it('packaged, loads only its own native module and ignores LDCS_SQLITE_BINDING', async () => {
    const evil = join(base, 'evil.node');
    const { dataDir, opened, becomeReady } = start({ LDCS_SQLITE_BINDING: evil }, NODE_BINDING);
    await becomeReady();
    expect(opened).toEqual([
      {
        dataDir,
        nativeBinding: NODE_BINDING,
        shell: expect.objectContaining({ saveHtmlAsPdf: expect.any(Function) }),
        scheduledBackups: true,
        requestRestore: expect.any(Function),
        dbKey: expect.objectContaining({ where: join(dataDir, 'cases.key') }),
      },
    ]);
    // Had the variable been honoured, the core could not have opened (there is no such file).
    expect(h.windows).toHaveLength(1);
    expect(h.dialog.showMessageBoxSync).not.toHaveBeenCalled();
  });

  it('closes the core on will-quit and quits when the last window closes (not on macOS)', async () => {
    const { becomeReady } = start();
    await becomeReady();
    const core = cores[0];
    h.state.listeners.get('will-quit')?.();
    expect(core?.db.open).toBe(false);
    h.state.listeners.get('window-all-closed')?.();
    expect(h.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('restores through the shell: closes the core, puts the backup in place, relaunches', async () => {
    const { dataDir, opened, becomeReady } = start();
    await becomeReady();
    // The core's own daily backup, written after its start-up check.
    await vi.waitFor(() => expect(listBackups(dataDir)).toHaveLength(1), { timeout: 10_000 });
    const [backup] = listBackups(dataDir);
    const restore = opened[0]?.requestRestore;
    if (restore === undefined || backup === undefined) throw new Error('no requestRestore or no backup');
    restore(backup);
    expect(cores[0]?.db.open).toBe(true);
    await vi.waitFor(() => expect(h.app.exit).toHaveBeenCalledWith(0));
    expect(cores[0]?.db.open).toBe(false);
    // The file it replaced is kept beside it, never deleted.
    expect(readdirSync(dataDir).some((f) => f.startsWith('cases.sqlite.replaced-'))).toBe(true);
    expect(h.app.relaunch).toHaveBeenCalledOnce();
  });

  it('shows the database dialog instead of a window when the core cannot open the database', async () => {
    const { dataDir, becomeReady } = start();
    // A database written by a newer version of the app.
    const db = openDatabase(join(dataDir, 'cases.sqlite'));
    migrate(db, MIGRATIONS, {});
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    await becomeReady();
    expect(h.dialog.showMessageBoxSync).toHaveBeenCalledOnce();
    expect(h.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.stringContaining('请升级本软件') }),
    );
    expect(h.windows).toEqual([]);
    expect(h.ipcHandle).not.toHaveBeenCalled();
    expect(h.app.exit).toHaveBeenCalledWith(1);
  });
  it('keeps the database key wrapped by safeStorage, never in the development key file; the file is encrypted', async () => {
    const { dataDir, becomeReady } = start();
    await becomeReady();
    expect(h.windows).toHaveLength(1);
    const wrapped = readFileSync(join(dataDir, 'cases.key'));
    expect(h.safeStorage.encryptString).toHaveBeenCalledOnce();
    expect(wrapped.toString()).toMatch(/^wrapped:/);
    expect(existsSync(join(dataDir, 'cases.key.dev'))).toBe(false);
    expect(readFileSync(join(dataDir, 'cases.sqlite')).subarray(0, 15).toString()).not.toBe(
      'SQLite format 3',
    );
  });

  it('a key the OS cannot unwrap: the key-lost dialog with the recovery path, no window, the file untouched', async () => {
    const first = start();
    await first.becomeReady();
    for (const core of cores.splice(0)) core.close();
    const dbFile = join(first.dataDir, 'cases.sqlite');
    const before = readFileSync(dbFile);
    vi.clearAllMocks();
    h.windows.length = 0;
    // Another OS account (or a reinstalled system): the wrapped key no longer opens.
    h.safeStorage.decryptString.mockImplementationOnce(() => {
      throw new Error('Error while decrypting the ciphertext provided');
    });
    const { becomeReady } = start();
    await becomeReady();
    expect(h.dialog.showMessageBoxSync).toHaveBeenCalledOnce();
    expect(h.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({
        title: expect.stringContaining('数据库密钥丢失'),
        detail: expect.stringMatching(/连接中心服务器[\s\S]*重新注册本机/),
        buttons: ['退出'],
      }),
    );
    expect(h.windows).toEqual([]);
    expect(h.app.exit).toHaveBeenCalledWith(1);
    expect(readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('makes no key while the OS cannot keep one: no database is created with a key in the clear', async () => {
    h.safeStorage.available = false;
    try {
      const { dataDir, becomeReady } = start();
      await becomeReady();
      expect(h.windows).toEqual([]);
      expect(h.dialog.showErrorBox).toHaveBeenCalledWith(
        '启动失败',
        expect.stringContaining('密钥保管不可用'),
      );
      expect(existsSync(join(dataDir, 'cases.key'))).toBe(false);
      expect(existsSync(join(dataDir, 'cases.key.dev'))).toBe(false);
    } finally {
      h.safeStorage.available = true;
    }
  });

  it('packaged, checks for updates at start (the HTTPS feed from LDCS_UPDATE_URL when set)', async () => {
    const u = recordingUpdater();
    const { becomeReady } = start(
      { LDCS_UPDATE_URL: 'https://updates.example.cn/ldcs/' },
      NODE_BINDING,
      u.made,
    );
    await becomeReady();
    expect(u.checks).toEqual(['feed https://updates.example.cn/ldcs/', 'check']);
  });

  it('never builds the updater when updates are off: LDCS_UPDATES=off, the updates-off file, or development', async () => {
    const off = recordingUpdater();
    await start({ LDCS_UPDATES: 'off' }, NODE_BINDING, off.made).becomeReady();
    expect(off.made).not.toHaveBeenCalled();

    const file = recordingUpdater();
    const s = start({}, NODE_BINDING, file.made);
    writeFileSync(join(s.dataDir, 'updates-off'), '');
    await s.becomeReady();
    expect(file.made).not.toHaveBeenCalled();
  });

  it('upgrades an older database in a worker behind the start-up window, closed once the main window shows', async () => {
    const { dataDir, becomeReady } = start({}, undefined, undefined, true);
    // A version-16 file under the key the OS keeps (a plain one is left to the core, which encrypts it first).
    version16Database(join(dataDir, 'cases.sqlite'), safeStorageKeyStore(dataDir).create()).close();
    await becomeReady();
    await vi.waitFor(() => expect(h.windows).toHaveLength(2), { timeout: 20_000 });
    const [startup, main] = h.windows as [(typeof h.windows)[0], (typeof h.windows)[0]];
    expect(startup.options).toMatchObject({
      closable: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(startup.options).not.toHaveProperty('webPreferences.preload');
    const pages = startup.loaded.map((u) => decodeURIComponent(u.slice(u.indexOf(',') + 1)));
    expect(startup.loaded.every((u) => u.startsWith('data:text/html;'))).toBe(true);
    // The backup, each migration after 16, and the file's repacking.
    const total = MIGRATIONS.length - 16 + 2;
    expect(pages.map((p) => /第 (\d+) \/ (\d+) 步/.exec(p)?.slice(1).join('/'))).toEqual(
      Array.from({ length: total }, (_, i) => `${i + 1}/${total}`),
    );
    expect(pages[0]).toContain('请勿关闭程序；升级前已自动备份');
    expect(pages[0]).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(startup.win.setProgressBar).toHaveBeenLastCalledWith((total - 1) / total);
    expect(main.loaded).toEqual(['app://renderer/index.html']);
    // Still up while the main window loads; gone when it is ready to show.
    expect(startup.win.isDestroyed()).toBe(false);
    for (const [name, listener] of (
      main.win.once as ReturnType<typeof vi.fn<(n: string, l: Listener) => void>>
    ).mock.calls)
      if (name === 'ready-to-show') listener();
    expect(startup.win.isDestroyed()).toBe(true);
    expect(cores[0]?.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('a failed upgrade hides the start-up window (closing the last window would quit under the dialog) and reports', async () => {
    const { dataDir, becomeReady } = start({}, undefined, undefined, true);
    const db = version16Database(join(dataDir, 'cases.sqlite'), safeStorageKeyStore(dataDir).create());
    db.exec('CREATE TABLE audit_log_0017 (x)');
    db.close();
    await becomeReady();
    await vi.waitFor(() => expect(h.app.exit).toHaveBeenCalledWith(1), { timeout: 20_000 });
    expect(h.windows).toHaveLength(1);
    expect(h.windows[0]?.win.hide).toHaveBeenCalled();
    expect(h.windows[0]?.win.isDestroyed()).toBe(false);
    expect(h.dialog.showErrorBox).toHaveBeenCalledWith('启动失败', expect.stringContaining('audit_log_0017'));
    expect(listBackups(dataDir).some((b) => b.endsWith('before-v17.sqlite'))).toBe(true);
  });
});
