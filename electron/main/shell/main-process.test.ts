import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contracts/channels';

type Listener = (...args: unknown[]) => unknown;
const h = vi.hoisted(() => {
  const state = {
    order: [] as string[],
    listeners: new Map<string, Listener>(),
    lock: true,
    ready: undefined as (() => void) | undefined,
  };
  const app = {
    enableSandbox: vi.fn(() => void state.order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
    isPackaged: true,
    on: vi.fn((name: string, l: Listener) => {
      state.order.push(`on:${name}`);
      state.listeners.set(name, l);
    }),
    whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
  };
  return {
    state,
    app,
    ipcHandle: vi.fn<(channel: string, listener: unknown) => void>(),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void state.order.push('registerScheme')),
      handle: vi.fn(),
    },
    dialog: { showMessageBoxSync: vi.fn(() => 0), showErrorBox: vi.fn() },
    createMainWindow: vi.fn(() => ({
      on: vi.fn(),
      isMinimized: () => false,
      focus: vi.fn(),
      restore: vi.fn(),
    })),
    installMenu: vi.fn(),
  };
});

vi.mock('electron', () => ({
  Notification: { isSupported: () => false },
  powerMonitor: { on: vi.fn(), removeListener: vi.fn() },
  app: h.app,
  ipcMain: { handle: h.ipcHandle },
  protocol: h.protocol,
  dialog: h.dialog,
  shell: {},
  BrowserWindow: { getAllWindows: () => [] },
}));
vi.mock('./window', () => ({ createMainWindow: h.createMainWindow }));
vi.mock('./menu', () => ({ installMenu: h.installMenu }));
vi.mock('./paths', () => ({ prepareDataDir: () => '/data/ldcs' }));

const { runMainProcess } = await import('./main-process');

function start(env: Record<string, string> = {}, packagedBinding?: string) {
  const core = { dispatcher: { dispatch: vi.fn() }, lockSessions: vi.fn(), close: vi.fn() };
  const createAppCore = vi.fn(
    (_opts: { dataDir: string; nativeBinding?: string; requestRestore?: (f: string) => void }) => core,
  );
  const restoreBackup = vi.fn();
  runMainProcess({
    createAppCore,
    restoreBackup,
    preloadPath: '/p/index.cjs',
    rendererDir: '/r',
    ...(packagedBinding === undefined ? {} : { packagedBinding }),
    env,
    argv: [],
  });
  const becomeReady = async () => {
    h.state.ready?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { core, createAppCore, restoreBackup, becomeReady };
}

beforeEach(() => {
  vi.clearAllMocks();
  h.state.order.length = 0;
  h.state.listeners.clear();
  h.state.lock = true;
  h.state.ready = undefined;
});

describe('runMainProcess', () => {
  it('registers the scheme, enables the sandbox and hooks new web contents before ready', () => {
    const { createAppCore } = start();
    expect(h.state.order.slice(0, 3)).toEqual(['registerScheme', 'enableSandbox', 'on:web-contents-created']);
    expect(createAppCore).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', () => {
    h.state.lock = false;
    const { createAppCore } = start();
    expect(h.app.quit).toHaveBeenCalledOnce();
    expect(createAppCore).not.toHaveBeenCalled();
  });

  it('on ready opens the core, registers every IPC channel, serves app:// and opens the window', async () => {
    const { createAppCore, becomeReady } = start();
    await becomeReady();
    expect(createAppCore).toHaveBeenCalledWith({
      dataDir: '/data/ldcs',
      shell: expect.objectContaining({ printHtml: expect.any(Function) }),
      scheduledBackups: true,
      requestRestore: expect.any(Function),
    });
    expect(h.ipcHandle.mock.calls.map((c: unknown[]) => String(c[0]))).toEqual(
      CHANNELS.map((c) => `app:${c}`),
    );
    expect(h.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(h.installMenu).toHaveBeenCalledWith({ isDev: false });
    expect(h.createMainWindow).toHaveBeenCalledWith(expect.objectContaining({ preloadPath: '/p/index.cjs' }));
  });

  it('in development passes LDCS_SQLITE_BINDING through as nativeBinding', async () => {
    h.app.isPackaged = false;
    try {
      const { createAppCore, becomeReady } = start({ LDCS_SQLITE_BINDING: '/n/better_sqlite3.node' });
      await becomeReady();
      expect(createAppCore).toHaveBeenCalledWith({
        dataDir: '/data/ldcs',
        nativeBinding: '/n/better_sqlite3.node',
        shell: expect.objectContaining({ saveHtmlAsPdf: expect.any(Function) }),
        scheduledBackups: true,
        requestRestore: expect.any(Function),
      });
    } finally {
      h.app.isPackaged = true;
    }
  });

  it('packaged, loads only its own native module and ignores LDCS_SQLITE_BINDING', async () => {
    const { createAppCore, becomeReady } = start(
      { LDCS_SQLITE_BINDING: '/tmp/evil.node' },
      '/opt/app/resources/native/better_sqlite3.node',
    );
    await becomeReady();
    expect(createAppCore).toHaveBeenCalledWith({
      dataDir: '/data/ldcs',
      nativeBinding: '/opt/app/resources/native/better_sqlite3.node',
      shell: expect.objectContaining({ saveHtmlAsPdf: expect.any(Function) }),
      scheduledBackups: true,
      requestRestore: expect.any(Function),
    });
  });

  it('closes the core on will-quit and quits when the last window closes (not on macOS)', async () => {
    const { core, becomeReady } = start();
    await becomeReady();
    h.state.listeners.get('will-quit')?.();
    expect(core.close).toHaveBeenCalledOnce();
    h.state.listeners.get('window-all-closed')?.();
    expect(h.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('restores through the shell: closes the core, puts the backup in place, relaunches', async () => {
    vi.useFakeTimers();
    try {
      const { core, createAppCore, restoreBackup, becomeReady } = start();
      const ready = becomeReady();
      await vi.advanceTimersByTimeAsync(0);
      await ready;
      const restore = createAppCore.mock.calls[0]?.[0].requestRestore;
      if (restore === undefined) throw new Error('no requestRestore');
      restore('/data/ldcs/backups/cases-20261125T020000Z-manual.sqlite');
      expect(restoreBackup).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(100);
      expect(core.close).toHaveBeenCalledOnce();
      expect(restoreBackup).toHaveBeenCalledWith(
        '/data/ldcs',
        '/data/ldcs/backups/cases-20261125T020000Z-manual.sqlite',
      );
      expect(h.app.relaunch).toHaveBeenCalledOnce();
      expect(h.app.exit).toHaveBeenCalledWith(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the database dialog instead of a window when the core cannot open the database', async () => {
    const { createAppCore, becomeReady } = start();
    createAppCore.mockImplementation(() => {
      throw Object.assign(new Error('数据库版本过新'), { code: 'DB_FROM_FUTURE', backups: [] });
    });
    await becomeReady();
    expect(h.dialog.showMessageBoxSync).toHaveBeenCalledOnce();
    expect(h.createMainWindow).not.toHaveBeenCalled();
    expect(h.ipcHandle).not.toHaveBeenCalled();
    expect(h.app.exit).toHaveBeenCalledWith(1);
  });
});
