import { describe, expect, it } from 'vitest';
import { startUpdateChecks, updatePolicy, type UpdaterLike } from './updates';

/** A recording stand-in for electron-updater's autoUpdater (passed in, not a mocked module). */
function recorder() {
  const calls: string[] = [];
  const errors: ((e: Error) => void)[] = [];
  const updater: UpdaterLike = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    allowDowngrade: true,
    allowPrerelease: true,
    setFeedURL: (o) => void calls.push(`feed ${o.provider} ${o.url}`),
    checkForUpdatesAndNotify: () => {
      calls.push('check');
      return Promise.resolve(null);
    },
    on: (_event, listener) => errors.push(listener),
  };
  return { updater, calls, errors };
}

const packaged = { packaged: true, env: {}, offFileExists: false };

describe('updatePolicy', () => {
  it.each([
    ['a development run', { ...packaged, packaged: false }, '开发运行'],
    ['LDCS_UPDATES=off', { ...packaged, env: { LDCS_UPDATES: 'off' } }, 'LDCS_UPDATES=off'],
    ['the updates-off file', { ...packaged, offFileExists: true }, 'updates-off'],
    ['an http feed', { ...packaged, env: { LDCS_UPDATE_URL: 'http://updates.example.cn/ldcs' } }, 'https://'],
    ['a feed that is not a URL', { ...packaged, env: { LDCS_UPDATE_URL: 'updates' } }, 'https://'],
    ['a file feed', { ...packaged, env: { LDCS_UPDATE_URL: 'file:///tmp/feed' } }, 'https://'],
  ])('is off for %s, and says why', (_name, opts, why) => {
    const p = updatePolicy(opts);
    expect(p.enabled).toBe(false);
    if (p.enabled) throw new Error('expected updates off');
    expect(p.why).toContain(why);
  });

  it('uses the build’s feed by default and an https override when given', () => {
    expect(updatePolicy(packaged)).toEqual({ enabled: true, feedUrl: null });
    expect(
      updatePolicy({ ...packaged, env: { LDCS_UPDATE_URL: 'https://updates.example.cn/ldcs/' } }),
    ).toEqual({ enabled: true, feedUrl: 'https://updates.example.cn/ldcs/' });
  });
});

describe('startUpdateChecks', () => {
  it('checks now and on the interval, never downgrades, installs at quit, and stops', () => {
    const { updater, calls } = recorder();
    let tick: (() => void) | null = null;
    let stopped = false;
    const stop = startUpdateChecks(
      updater,
      { enabled: true, feedUrl: 'https://updates.example.cn/ldcs/' },
      {
        report: () => undefined,
        every: (fn, ms) => {
          expect(ms).toBe(6 * 60 * 60 * 1000);
          tick = fn;
          return () => void (stopped = true);
        },
      },
    );
    expect(calls).toEqual(['feed generic https://updates.example.cn/ldcs/', 'check']);
    expect(updater).toMatchObject({
      autoDownload: true,
      autoInstallOnAppQuit: true,
      allowDowngrade: false,
      allowPrerelease: false,
    });
    (tick as (() => void) | null)?.();
    expect(calls.filter((c) => c === 'check')).toHaveLength(2);
    stop();
    expect(stopped).toBe(true);
  });

  it('does nothing when the policy is off (no feed, no check), and logs why', () => {
    const { updater, calls } = recorder();
    const logged: string[] = [];
    startUpdateChecks(
      updater,
      { enabled: false, why: '已由 LDCS_UPDATES=off 关闭自动更新' },
      {
        report: () => undefined,
        log: (m) => void logged.push(m),
      },
    );
    expect(calls).toEqual([]);
    expect(updater.allowDowngrade).toBe(true);
    expect(logged).toEqual(['自动更新：已由 LDCS_UPDATES=off 关闭自动更新']);
  });

  it('reports a failed check or an updater error instead of throwing (a station is often offline)', async () => {
    const { updater, errors } = recorder();
    updater.checkForUpdatesAndNotify = () => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'));
    const reported: string[] = [];
    startUpdateChecks(
      updater,
      { enabled: true, feedUrl: null },
      { report: (_e, where) => void reported.push(where), every: () => () => undefined },
    );
    errors[0]?.(new Error('sha512 checksum mismatch'));
    await new Promise((r) => setTimeout(r, 0));
    expect(reported.sort()).toEqual(['update', 'update check']);
  });
});
