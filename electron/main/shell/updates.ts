/**
 * Automatic updates (issue 15 item 2) through electron-updater, which index.ts passes in. The feed is HTTPS only;
 * electron-updater checks each download against the sha512 the feed's latest*.yml names, and on Windows also
 * that the installer is signed by the running app's publisher (verifyUpdateCodeSignature in
 * electron-builder.yml). Offline installs turn updates off (README › 自动更新: LDCS_UPDATES=off, or a file named
 * `updates-off` in the data folder), and a development run never checks.
 */

/** The part of electron-updater's `autoUpdater` the shell uses. */
export type UpdaterLike = {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
};

export type UpdatePolicy = { enabled: true; feedUrl: string | null } | { enabled: false; why: string };

/** Six hours: often enough that a fix reaches every office within a working day, rare enough to cost nothing. */
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
export const UPDATES_OFF_FILE = 'updates-off';

/**
 * Whether and where to look for updates. `LDCS_UPDATE_URL` overrides the feed the build names (a committee's own
 * mirror); anything but an https:// address turns updates off rather than fetch code over a forgeable channel.
 */
export function updatePolicy(opts: {
  packaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  offFileExists: boolean;
}): UpdatePolicy {
  if (!opts.packaged) return { enabled: false, why: '开发运行，不检查更新' };
  if (opts.env['LDCS_UPDATES'] === 'off')
    return { enabled: false, why: '已由 LDCS_UPDATES=off 关闭自动更新' };
  if (opts.offFileExists)
    return { enabled: false, why: `数据文件夹中有 ${UPDATES_OFF_FILE} 文件，自动更新已关闭` };
  const url = opts.env['LDCS_UPDATE_URL'];
  if (url === undefined || url === '') return { enabled: true, feedUrl: null };
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed?.protocol !== 'https:')
    return { enabled: false, why: `更新地址必须是 https:// 地址，已忽略：${url}` };
  return { enabled: true, feedUrl: parsed.toString() };
}

/**
 * Starts the checks the policy allows: one now, then every `intervalMs`. Returns a stop function. Downloads are
 * installed when the app quits (never mid-hearing), and never to an older or pre-release version.
 */
export function startUpdateChecks(
  updater: UpdaterLike,
  policy: UpdatePolicy,
  opts: {
    report: (error: unknown, where: string) => void;
    log?: (message: string) => void;
    every?: (fn: () => void, ms: number) => () => void;
    intervalMs?: number;
  },
): () => void {
  if (!policy.enabled) {
    opts.log?.(`自动更新：${policy.why}`);
    return () => undefined;
  }
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.allowDowngrade = false;
  updater.allowPrerelease = false;
  if (policy.feedUrl !== null) updater.setFeedURL({ provider: 'generic', url: policy.feedUrl });
  // An unreachable feed (a station offline) is an expected error: logged, never shown as a failure.
  updater.on('error', (e) => opts.report(e, 'update'));
  const check = (): void => {
    updater.checkForUpdatesAndNotify().catch((e: unknown) => opts.report(e, 'update check'));
  };
  check();
  const every =
    opts.every ??
    ((fn: () => void, ms: number) => {
      const t = setInterval(fn, ms);
      t.unref();
      return () => clearInterval(t);
    });
  return every(check, opts.intervalMs ?? UPDATE_CHECK_INTERVAL_MS);
}
