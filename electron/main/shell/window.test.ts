import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron binary cannot run here, so BrowserWindow, its WebContents and its Session are recorded fakes.
 * The assertions are on what our code hands to Electron and on how our handlers answer, which is exactly the
 * part of the security setup we own.
 */
type Listener = (...args: unknown[]) => unknown;
type FakeContents = {
  listeners: Map<string, Listener[]>;
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  permissionRequest: Listener | undefined;
  permissionCheck: Listener | undefined;
  devicePermission: Listener | undefined;
  emit(name: string, ...args: unknown[]): void;
};

const h = vi.hoisted(() => {
  const makeContents = (): FakeContents & Record<string, unknown> => {
    const c: FakeContents & Record<string, unknown> = {
      listeners: new Map(),
      openHandler: undefined,
      permissionRequest: undefined,
      permissionCheck: undefined,
      devicePermission: undefined,
      emit(name, ...args) {
        for (const l of c.listeners.get(name) ?? []) l(...args);
      },
      on(name: string, l: Listener) {
        c.listeners.set(name, [...(c.listeners.get(name) ?? []), l]);
        return c;
      },
      setWindowOpenHandler(fn: FakeContents['openHandler']) {
        c.openHandler = fn;
      },
      session: {
        setPermissionRequestHandler: (fn: Listener) => (c.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (c.permissionCheck = fn),
        setDevicePermissionHandler: (fn: Listener) => (c.devicePermission = fn),
      },
    };
    return c;
  };
  const windows: { options: Record<string, unknown>; contents: FakeContents; loaded: string[] }[] = [];
  const appListeners = new Map<string, Listener>();
  const openExternal = vi.fn(() => Promise.resolve());
  return { makeContents, windows, appListeners, openExternal, packaged: true };
});

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = h.makeContents();
    private readonly loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      h.windows.push({ options, contents: this.webContents, loaded: this.loaded });
    }
    on(): this {
      return this;
    }
    once(): this {
      return this;
    }
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    app: {
      on: (name: string, l: Listener) => h.appListeners.set(name, l),
      get isPackaged() {
        return h.packaged;
      },
    },
    shell: { openExternal: h.openExternal },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
});

const { createMainWindow, WINDOW_TITLE } = await import('./window');
const { installWebContentsHardening, isExternalAllowed } = await import('./hardening');

const PRELOAD = '/opt/app/dist/preload/index.cjs';

function openWindow() {
  createMainWindow({ preloadPath: PRELOAD });
  const w = h.windows.at(-1);
  if (w === undefined) throw new Error('BrowserWindow was not constructed');
  return w;
}

/** Emits a navigation-style event the way Electron 41 does (details object first) and reports the verdict. */
function navigationPrevented(contents: FakeContents, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { url, preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  h.windows.length = 0;
  h.openExternal.mockClear();
});

describe('createMainWindow', () => {
  it('passes exactly the secure webPreferences, title and preload', () => {
    const { options } = openWindow();
    expect(options['title']).toBe(WINDOW_TITLE);
    expect(options['title']).toBe('劳动人事争议调解仲裁办案系统');
    expect(options['webPreferences']).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      preload: PRELOAD,
    });
  });

  it('offers developer tools only when not packaged', () => {
    h.packaged = false;
    try {
      expect(openWindow().options['webPreferences']).toMatchObject({ devTools: true });
    } finally {
      h.packaged = true;
    }
  });

  it('loads the renderer from the privileged app:// scheme, never file:// or http', () => {
    expect(openWindow().loaded).toEqual(['app://renderer/index.html']);
  });

  it('denies window.open and does not open the URL externally (allowlist is empty)', () => {
    const { contents } = openWindow();
    expect(contents.openHandler).toBeDefined();
    for (const url of [
      'https://evil.example/',
      'app://renderer/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(h.openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation and redirects away from app://renderer', () => {
    const { contents } = openWindow();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(navigationPrevented(contents, event, 'https://evil.example/')).toBe(true);
      expect(navigationPrevented(contents, event, 'http://127.0.0.1:8080/')).toBe(true);
      expect(navigationPrevented(contents, event, 'file:///C:/Windows/win.ini')).toBe(true);
      expect(navigationPrevented(contents, event, 'app://evil/index.html')).toBe(true);
      expect(navigationPrevented(contents, event, 'app://renderer.evil.example/')).toBe(true);
      expect(navigationPrevented(contents, event, 'app://renderer/index.html#/cases')).toBe(false);
    }
  });

  it('refuses to attach <webview> guests', () => {
    const { contents } = openWindow();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://evil.example/' });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every permission request and permission check', () => {
    const { contents } = openWindow();
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      contents.permissionRequest?.({}, permission, callback, {});
      expect(contents.permissionCheck?.({}, permission, 'app://renderer', {})).toBe(false);
    }
    expect(callback.mock.calls).toEqual(Array.from({ length: 5 }, () => [false]));
    expect(contents.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('installWebContentsHardening', () => {
  it('hardens every WebContents the app creates, not only the main window', () => {
    installWebContentsHardening();
    const created = h.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const other = h.makeContents();
    created?.({}, other);
    expect(navigationPrevented(other, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(other.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(other.permissionCheck?.({}, 'media', 'x', {})).toBe(false);
  });

  it('registers guards once even when a WebContents is hardened twice', () => {
    installWebContentsHardening();
    const { contents } = openWindow();
    h.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.listeners.get('will-navigate')).toHaveLength(1);
  });
});

describe('isExternalAllowed', () => {
  it('allows only http(s) URLs whose origin is allowlisted', () => {
    expect(isExternalAllowed('https://evil.example/')).toBe(false);
    expect(isExternalAllowed('https://help.example/x', ['https://help.example'])).toBe(true);
    expect(isExternalAllowed('https://help.example.evil.com/', ['https://help.example'])).toBe(false);
    expect(isExternalAllowed('file:///etc/passwd', ['file://'])).toBe(false);
    expect(isExternalAllowed('not a url', ['https://help.example'])).toBe(false);
  });
});
