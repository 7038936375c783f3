import { app, BrowserWindow } from 'electron';
import { RENDERER_URL } from './app-protocol';
import { hardenWebContents } from './hardening';

export const WINDOW_TITLE = '劳动人事争议调解仲裁办案系统';

export type MainWindowOptions = {
  /** Absolute path of the bundled preload (dist/preload/index.cjs); a sandboxed preload must be CommonJS. */
  preloadPath: string;
  /** Told when the renderer fails to load (missing build, bad path), so the composition root can log it. */
  onLoadError?: (error: unknown) => void;
};

/**
 * The one application window. webPreferences are written inline, never built in a variable, so that
 * electronegativity (which reads the AST) can see every value; a variable makes it report false positives.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    // Shown on ready-to-show to avoid a white flash while the bundle loads.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
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
      // Middle-click would open links in a new window; setWindowOpenHandler denies that too, this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
      // An installed app has no developer tools: on a shared office PC they would open every record on screen.
      devTools: !app.isPackaged,
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK -- reviewed: exposes only invoke() over the channel allowlist (electron/preload/index.ts)
    },
  });

  hardenWebContents(win.webContents);
  // The page's <title> would otherwise replace the product name in the title bar.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.loadURL(RENDERER_URL).catch((error: unknown) => options.onLoadError?.(error));
  return win;
}
