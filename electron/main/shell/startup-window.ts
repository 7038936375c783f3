import { BrowserWindow } from 'electron';
import type { UpgradeProgress } from '../db/upgrade-progress';
import { hardenWebContents } from './hardening';

/**
 * The page lets nothing load or run: it is static text, inline styles and two <progress> bars. A data: page has
 * no response headers, so the policy travels as a <meta> at the top of <head> (as the print window's does).
 */
export const STARTUP_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page for one step. The first bar counts finished steps; the second has no value, so Chromium animates it
 * by itself — without any script the window still shows it is working through a long migration.
 */
export function startupPage(p: UpgradeProgress): string {
  const heading = p.backup ? '正在升级数据库…' : '正在整理数据库…';
  const note = p.backup ? '请勿关闭程序；升级前已自动备份' : '请勿关闭程序';
  return [
    '<!doctype html><html lang="zh-CN"><head>',
    `<meta http-equiv="Content-Security-Policy" content="${STARTUP_CSP}">`,
    '<meta charset="utf-8"><title>正在升级数据库</title>',
    '<style>body{font:14px "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#1f1f1f}',
    'h1{font-size:18px;margin:0 0 16px}progress{width:100%;height:14px}p{margin:10px 0}.note{color:#ad4e00}</style>',
    `</head><body><h1>${heading}</h1>`,
    `<progress value="${p.step - 1}" max="${p.total}"></progress>`,
    `<p>第 ${p.step} / ${p.total} 步：${escapeHtml(p.title)}</p>`,
    '<progress></progress>',
    `<p>已用 ${Math.round(p.elapsedMs / 1000)} 秒</p>`,
    `<p class="note">${note}</p>`,
    '</body></html>',
  ].join('');
}

export type StartupWindow = {
  /** Shows the window at the first step, then the step given. */
  update(p: UpgradeProgress): void;
  /** Out of sight, but not closed: closing the last window would start the app quitting under an error dialog. */
  hide(): void;
  /** Gone for good (the main window is there, or failed to load). */
  close(): void;
};

/**
 * The small window of a start-up upgrade (upgrade-database.ts), made only when there is one. _Why a data: page
 * reloaded per step, with JavaScript off and no preload:_ nothing in it can run, so it needs no bridge, no IPC
 * channel and no CSP exception; a step lasts seconds to a minute and there are at most a few dozen, so a reload
 * per step costs nothing. The title bar and the taskbar's progress (setProgressBar) say the same.
 */
export function createStartupWindow(): StartupWindow {
  let win: BrowserWindow | null = null;
  const open = (): BrowserWindow => {
    const w = new BrowserWindow({
      title: '正在升级数据库',
      width: 480,
      height: 260,
      resizable: false,
      maximizable: false,
      fullscreenable: false,
      // 请勿关闭程序: the upgrade is safe to kill, but closing would not stop it and only hide that it runs.
      closable: false,
      show: true,
      backgroundColor: '#ffffff',
      // Written out as window.ts's are, not spread from a shared object: the security scan
      // (scripts/electronegativity.mjs) reads each BrowserWindow's own literal.
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        javascript: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
      },
    });
    w.removeMenu();
    hardenWebContents(w.webContents);
    return w;
  };
  return {
    update(p) {
      if (win?.isDestroyed() === true) return;
      win ??= open();
      win.setTitle(`正在升级数据库（第 ${p.step} / ${p.total} 步）`);
      win.setProgressBar(Math.max(0, p.step - 1) / p.total);
      // A step arriving while the previous page still loads aborts that load: not an error.
      win
        .loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(startupPage(p))}`)
        .catch(() => undefined);
    },
    hide() {
      if (win !== null && !win.isDestroyed()) win.hide();
    },
    close() {
      if (win !== null && !win.isDestroyed()) win.destroy();
    },
  };
}
