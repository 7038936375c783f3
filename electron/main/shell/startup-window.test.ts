import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpgradeProgress } from '../db/upgrade-progress';

/** The start-up window against a recorded 'electron' (only the shell's tests mock it). */
const h = vi.hoisted(() => {
  const made: { options: unknown; loaded: string[]; destroyed: boolean; hidden: boolean }[] = [];
  class BrowserWindow {
    private readonly r: (typeof made)[0];
    readonly webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    };
    constructor(options: unknown) {
      this.r = { options, loaded: [], destroyed: false, hidden: false };
      made.push(this.r);
    }
    setTitle = vi.fn();
    setProgressBar = vi.fn();
    removeMenu = vi.fn();
    hide = () => void (this.r.hidden = true);
    destroy = () => void (this.r.destroyed = true);
    isDestroyed = () => this.r.destroyed;
    loadURL(url: string) {
      this.r.loaded.push(url);
      // The next step's page aborts this load: the window must not treat that as a failure.
      return Promise.reject(new Error('ERR_ABORTED'));
    }
  }
  return { made, BrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: h.BrowserWindow, app: { on: vi.fn() }, shell: {} }));

const { createStartupWindow, startupPage } = await import('./startup-window');

const step = (over: Partial<UpgradeProgress> = {}): UpgradeProgress => ({
  step: 2,
  total: 3,
  title: '迁移 0017 精简审计日志并重建检索索引',
  elapsedMs: 12_400,
  backup: true,
  ...over,
});
const text = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1));

beforeEach(() => void (h.made.length = 0));

describe('the start-up window', () => {
  it('is made at the first step only, without scripts or a preload, and shows each step', () => {
    const w = createStartupWindow();
    expect(h.made).toEqual([]);
    w.update(step({ step: 1, title: '写入升级前备份' }));
    w.update(step());
    expect(h.made).toHaveLength(1);
    expect(h.made[0]?.options).toMatchObject({
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(h.made[0]?.options).not.toHaveProperty('webPreferences.preload');
    const page = text(h.made[0]?.loaded[1] ?? '');
    expect(page).toContain('正在升级数据库…');
    expect(page).toContain('第 2 / 3 步：迁移 0017 精简审计日志并重建检索索引');
    expect(page).toContain('<progress value="1" max="3">');
    expect(page).toContain('已用 12 秒');
    expect(page).toContain('请勿关闭程序；升级前已自动备份');
  });

  it('says no backup was made when the file is only packed, and escapes the step’s text', () => {
    const page = startupPage(step({ step: 1, total: 1, title: '<b>整理</b>', backup: false }));
    expect(page).toContain('正在整理数据库…');
    expect(page).not.toContain('升级前已自动备份');
    expect(page).toContain('&#60;b&#62;整理&#60;/b&#62;');
  });

  it('hides without closing, and once closed a late step does not bring it back', () => {
    const w = createStartupWindow();
    w.update(step());
    w.hide();
    expect(h.made[0]).toMatchObject({ hidden: true, destroyed: false });
    w.close();
    w.update(step({ step: 3 }));
    expect(h.made).toHaveLength(1);
    expect(h.made[0]?.loaded).toHaveLength(1);
  });
});
