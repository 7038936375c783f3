import { Menu, app, dialog } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window';

export type MenuOptions = {
  /** Dev builds get reload and devtools; users must not reload mid-edit by accident or open devtools. */
  isDev: boolean;
  platform?: NodeJS.Platform;
  version?: string;
};

/** Pure template, so the menu's contents are unit-testable without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const platform = options.platform ?? process.platform;
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { label: '重新加载', role: 'reload' },
        { label: '开发者工具', role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return [
    // macOS puts the first menu under the application name; give it the standard app menu there.
    ...(platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: '文件', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...devItems,
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '切换全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于',
          click: () => {
            void dialog.showMessageBox({
              type: 'info',
              title: '关于',
              message: WINDOW_TITLE,
              detail: `版本 ${options.version ?? app.getVersion()}`,
              buttons: ['确定'],
              noLink: true,
            });
          },
        },
      ],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
