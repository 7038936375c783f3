import path from 'node:path';
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import { createAppCore, restoreBackup } from './app-core';
import { createConsoleLogger } from './logger';
import { runMainProcess } from './shell/main-process';
import { upgradeDatabase } from './upgrade-database';

/**
 * Composition root: joins the Electron-free core to the Electron shell. Bundled by esbuild to
 * dist/main/index.cjs (CommonJS), so __dirname is dist/main and the siblings are dist/preload, dist/renderer.
 */
// Whatever the app creates is the user's alone (0700 folders, 0600 files); private-files.ts also sets the modes
// explicitly where it matters, so this is the second line, for files a library writes.
process.umask(0o077);
const logger = createConsoleLogger();

runMainProcess({
  // A packaged app ships better-sqlite3 built for Electron as an extra resource (electron-builder.yml) and loads
  // only that; `npm start` passes its own build through LDCS_SQLITE_BINDING (main-process.ts).
  ...(app.isPackaged
    ? { packagedBinding: path.join(process.resourcesPath, 'native', 'better_sqlite3.node') }
    : {}),
  createAppCore: (opts) => createAppCore({ ...opts, logger }),
  upgradeDatabase: (opts, onProgress) => upgradeDatabase({ ...opts, logger, onProgress }),
  restoreBackup,
  preloadPath: path.join(__dirname, '..', 'preload', 'index.cjs'),
  rendererDir: path.join(__dirname, '..', 'renderer'),
  // Shell-level failures (renderer load, a dispatcher that threw) go to the same log as the core's errors.
  reportError: (error, where) => void logger.error(error, { where }),
  // A getter in electron-updater: the platform's updater is built only when a packaged app checks.
  updater: () => autoUpdater,
});
