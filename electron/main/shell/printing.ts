import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ShellPort } from '../ports';
import { pdfFileName } from './pdf-file-name';
import { withPrintCsp } from './print-csp';

/**
 * Printing and PDF export of generated documents: the print HTML is loaded into a hidden, sandboxed window with
 * JavaScript disabled and no preload, then `webContents.print` / `printToPDF` (A4, the margins are in the HTML's
 * @page rule). The page carries a CSP that lets nothing load or run (print-csp.ts). The window is destroyed
 * afterwards whatever happens.
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
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(withPrintCsp(html))}`);
    return await use(win);
  } finally {
    win.destroy();
  }
}

/**
 * `parentWindow` is the main window when there is one: the save dialog is modal to it, so it cannot be lost
 * behind the window or answered twice.
 */
export function createPrintPort(parentWindow: () => BrowserWindow | null = () => null): ShellPort {
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
      const options = {
        title: '导出 PDF',
        // The page names the file, never the folder: the dialog starts in the user's documents folder.
        defaultPath: join(app.getPath('documents'), pdfFileName(suggestedName)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = parentWindow();
      const target = await (parent === null
        ? dialog.showSaveDialog(options)
        : dialog.showSaveDialog(parent, options));
      if (target.canceled || !target.filePath) return null;
      const pdf = await withDocumentWindow(html, (win) =>
        win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
      );
      await writeFile(target.filePath, pdf);
      return target.filePath;
    },
  };
}
