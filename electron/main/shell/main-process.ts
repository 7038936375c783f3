import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { handleStartupError } from './dialogs';
import { installWebContentsHardening } from './hardening';
import { isTrustedSender, registerIpc } from './ipc-bridge';
import type { Dispatcher } from './ipc-bridge';
import { installMenu } from './menu';
import { startDeadlineNotifications } from './notifications';
import { installPowerLock } from './power-lock';
import { prepareDataDir } from './paths';
import { createMainWindow } from './window';
import { createPrintPort } from './printing';
import { startUpdateChecks, updatePolicy, UPDATES_OFF_FILE, type UpdaterLike } from './updates';
import type { ShellPort } from '../ports';
import type { DbKeyStore } from '../db/db-key';
import { safeStorageKeyStore } from './db-key-store';
import type { UpgradeProgress } from '../db/upgrade-progress';
import { createStartupWindow } from './startup-window';

/** What the shell needs from the Electron-free core (electron/main/app-core.ts); index.ts passes the real one. */
export type AppCoreLike = { dispatcher: Dispatcher; lockSessions(): void; close(): void };
export type CoreOpenOptions = {
  dataDir: string;
  nativeBinding?: string;
  shell?: ShellPort;
  scheduledBackups?: boolean;
  requestRestore?: (backupFile: string) => void;
  /** The database key, wrapped by the OS (db-key-store.ts); never the core's development key file. */
  dbKey?: DbKeyStore;
};
export type MainProcessDeps = {
  createAppCore: (opts: CoreOpenOptions) => AppCoreLike;
  /**
   * Runs an older database's pending migrations (and the VACUUM due) off the main thread before the core opens
   * (upgrade-database.ts), telling each step: the start-up window shows them. Rejects as the core's open would.
   */
  upgradeDatabase?: (opts: CoreOpenOptions, onProgress: (p: UpgradeProgress) => void) => Promise<unknown>;
  restoreBackup: (dataDir: string, backupFile: string) => void;
  preloadPath: string;
  rendererDir: string;
  /** The Electron build of better-sqlite3 a packaged app ships (resources/native); the only one it loads. */
  packagedBinding?: string;
  argv?: readonly string[];
  env?: Readonly<Record<string, string | undefined>>;
  /** Where unexpected shell errors go; the core has its own logger for handler errors. */
  reportError?: (error: unknown, where: string) => void;
  /** electron-updater's autoUpdater (index.ts); asked for only when the update policy allows a check. */
  updater?: () => UpdaterLike;
};

/**
 * The process lifecycle, kept out of index.ts so it can be exercised with a mocked 'electron'.
 * Order matters: scheme registration, sandbox and the web-contents hook must all precede 'ready'.
 */
export function runMainProcess(deps: MainProcessDeps): void {
  const env = deps.env ?? process.env;
  const report = deps.reportError ?? (() => undefined);

  registerAppScheme();
  // Sandbox every renderer, including any we did not create ourselves.
  app.enableSandbox();
  installWebContentsHardening();

  let dataDir: string;
  try {
    dataDir = prepareDataDir(deps.argv ?? process.argv, env);
  } catch (e: unknown) {
    // showErrorBox is safe before 'ready'; nothing else has started yet.
    handleStartupError(e, '（未能确定）', deps.restoreBackup);
    return;
  }
  if (!app.requestSingleInstanceLock()) {
    // Another instance owns this data directory; it gets focused through 'second-instance'.
    app.quit();
    return;
  }

  let core: AppCoreLike | undefined;
  let stopNotifications: (() => void) | undefined;
  let mainWindow: BrowserWindow | undefined;
  // Shown only if an upgrade reports a step; gone once the main window shows (or fails to load).
  const startup = createStartupWindow();
  const openWindow = (): void => {
    const win = createMainWindow({
      preloadPath: deps.preloadPath,
      onLoadError: (e) => {
        startup.close();
        report(e, 'loadURL');
      },
    });
    win.once('ready-to-show', () => startup.close());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = undefined;
    });
    mainWindow = win;
  };

  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopNotifications?.();
    // Close SQLite cleanly (WAL checkpoint) before the process goes away.
    core?.close();
    core = undefined;
  });

  // 备份与恢复's restore (issue 14 item 4): once the answer is on its way, close the database, put the backup in
  // place (the current file kept aside by restoreBackup) and start again on it.
  const requestRestore = (backupFile: string): void => {
    setTimeout(() => {
      stopNotifications?.();
      core?.close();
      core = undefined;
      try {
        deps.restoreBackup(dataDir, backupFile);
      } catch (e: unknown) {
        report(e, 'restore');
        dialog.showErrorBox('恢复备份失败', e instanceof Error ? e.message : String(e));
      }
      app.relaunch();
      app.exit(0);
    }, 100);
  };

  app
    .whenReady()
    .then(async () => {
      // A packaged app loads only the native module it ships: LDCS_SQLITE_BINDING is `npm start`'s, and honouring
      // it in an installed app would let anyone who can set the variable load their own code into the process.
      const nativeBinding = app.isPackaged ? deps.packagedBinding : env['LDCS_SQLITE_BINDING'];
      const common = {
        dataDir,
        shell: createPrintPort(() =>
          mainWindow === undefined || mainWindow.isDestroyed() ? null : mainWindow,
        ),
        scheduledBackups: true,
        requestRestore,
        dbKey: safeStorageKeyStore(dataDir),
      };
      const opts =
        nativeBinding !== undefined && nativeBinding !== '' ? { ...common, nativeBinding } : common;
      try {
        await deps.upgradeDatabase?.(opts, (p) => startup.update(p));
        core = deps.createAppCore(opts);
      } catch (e: unknown) {
        startup.hide();
        handleStartupError(e, dataDir, deps.restoreBackup);
        return;
      }
      registerIpc(ipcMain, core.dispatcher, isTrustedSender, (e, channel) => report(e, `ipc ${channel}`));
      serveRenderer(deps.rendererDir);
      installMenu({ isDev: !app.isPackaged });
      openWindow();
      const activeCore = core;
      // The OS locking the screen or sleeping locks the app too (issue 15 item 3); the core closes with the app.
      installPowerLock(() => activeCore.lockSessions());
      const updates = updatePolicy({
        packaged: app.isPackaged,
        env,
        offFileExists: existsSync(join(dataDir, UPDATES_OFF_FILE)),
      });
      const updater = updates.enabled ? deps.updater?.() : undefined;
      if (updater !== undefined) startUpdateChecks(updater, updates, { report });
      stopNotifications = startDeadlineNotifications({
        dispatcher: activeCore.dispatcher,
        sessionKey: () => (mainWindow === undefined ? null : `wc:${mainWindow.webContents.id}`),
        onClick: () => {
          if (mainWindow?.isMinimized()) mainWindow.restore();
          mainWindow?.focus();
        },
      });
      // macOS keeps the app alive without windows; clicking the dock icon should bring one back.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((e: unknown) => {
      startup.hide();
      // app.exit skips 'will-quit', so release the database here.
      core?.close();
      core = undefined;
      handleStartupError(e, dataDir, deps.restoreBackup);
    });
}
