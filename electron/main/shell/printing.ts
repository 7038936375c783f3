import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { ShellPort } from '../ports';

/**
 * Printing and PDF export of generated documents: the print HTML is loaded into a hidden, sandboxed window with
 * JavaScript disabled and no preload, then `webContents.print` / `printToPDF` (A4, the margins are in the HTML's
 * @page rule). The window is destroyed afterwards whatever happens.
 */
async function withDocumentWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      // Nothing in a printed document is clickable; middle-click must not open windows either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(win);
  } finally {
    win.destroy();
  }
}

export function createPrintPort(): ShellPort {
  return {
    printHtml: (html) =>
      withDocumentWindow(
        html,
        (win) =>
          new Promise<boolean>((resolve) => {
            win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success) =>
              resolve(success),
            );
          }),
      ),
    async saveHtmlAsPdf(html, suggestedName) {
      const target = await dialog.showSaveDialog({
        title: '导出 PDF',
        defaultPath: suggestedName.endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (target.canceled || !target.filePath) return null;
      const pdf = await withDocumentWindow(html, (win) =>
        win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
      );
      await writeFile(target.filePath, pdf);
      return target.filePath;
    },
  };
}
