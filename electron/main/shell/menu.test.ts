import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const h = vi.hoisted(() => ({
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((t: unknown) => ({ t })),
}));
vi.mock('electron', () => ({
  Menu: h,
  app: { getVersion: () => '0.1.0' },
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  BrowserWindow: class {},
  protocol: {},
  shell: {},
}));

const { buildMenuTemplate, installMenu } = await import('./menu');

const labels = (items: readonly MenuItemConstructorOptions[] | undefined): string[] =>
  (items ?? []).flatMap((i) => (i.label === undefined ? [] : [i.label]));
const submenu = (template: MenuItemConstructorOptions[], label: string) => {
  const sub = template.find((m) => m.label === label)?.submenu;
  return Array.isArray(sub) ? sub : undefined;
};

describe('application menu', () => {
  it('has the four Chinese top-level menus with the expected items', () => {
    const t = buildMenuTemplate({ isDev: false, platform: 'linux' });
    expect(labels(t)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels(submenu(t, '文件'))).toEqual(['退出']);
    expect(labels(submenu(t, '编辑'))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(labels(submenu(t, '视图'))).toEqual(['实际大小', '放大', '缩小', '切换全屏']);
    expect(labels(submenu(t, '帮助'))).toEqual(['关于']);
  });

  it('offers reload (and devtools) only in development', () => {
    const dev = buildMenuTemplate({ isDev: true, platform: 'linux' });
    expect(labels(submenu(dev, '视图'))).toContain('重新加载');
    const prod = buildMenuTemplate({ isDev: false, platform: 'linux' });
    expect(JSON.stringify(prod)).not.toMatch(/reload|toggleDevTools/i);
  });

  it('adds the standard app menu first on macOS', () => {
    expect(buildMenuTemplate({ isDev: false, platform: 'darwin' })[0]).toEqual({ role: 'appMenu' });
  });

  it('installs the built menu', () => {
    installMenu({ isDev: false });
    expect(h.setApplicationMenu).toHaveBeenCalledOnce();
  });
});
