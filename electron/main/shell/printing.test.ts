import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

type SaveResult = { canceled: boolean; filePath: string | undefined };

type WindowRecord = {
  opts: unknown;
  loaded: string[];
  destroyed: boolean;
  printed: unknown[];
  pdf: unknown[];
};

const h = vi.hoisted(() => {
  const windows: WindowRecord[] = [];
  const saveResult: SaveResult = { canceled: false, filePath: '' };
  return { windows, saveResult, printOk: true, saveCalls: [] as unknown[][] };
});

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly rec: (typeof h.windows)[number];
    webContents: {
      print: (o: unknown, cb: (ok: boolean) => void) => void;
      printToPDF: (o: unknown) => Promise<Buffer>;
    };
    constructor(opts: unknown) {
      this.rec = { opts, loaded: [], destroyed: false, printed: [], pdf: [] };
      h.windows.push(this.rec);
      this.webContents = {
        print: (o, cb) => {
          this.rec.printed.push(o);
          cb(h.printOk);
        },
        printToPDF: (o) => {
          this.rec.pdf.push(o);
          return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
        },
      };
    }
    loadURL(url: string) {
      this.rec.loaded.push(url);
      return Promise.resolve();
    }
    destroy() {
      this.rec.destroyed = true;
    }
  },
  app: { getPath: (name: string) => (name === 'documents' ? '/home/调解员/文档' : `/nowhere/${name}`) },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      h.saveCalls.push(args);
      return Promise.resolve(h.saveResult);
    },
  },
}));

const { createPrintPort } = await import('./printing');

afterEach(() => {
  h.windows.length = 0;
  h.saveCalls.length = 0;
});

describe('printing (electron mocked)', () => {
  it('prints the HTML from a hidden, sandboxed window without JavaScript, then destroys it', async () => {
    const ok = await createPrintPort().printHtml('<p>开庭通知书</p>');
    expect(ok).toBe(true);
    const w = h.windows[0];
    expect(w?.opts).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect(decodeURIComponent(w?.loaded[0] ?? '')).toContain('<p>开庭通知书</p>');
    expect(w?.printed[0]).toMatchObject({ silent: false, pageSize: 'A4' });
    expect(w?.destroyed).toBe(true);
  });

  it('exports a PDF to the path the user chose, and does nothing when the dialog is cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ldcs-pdf-'));
    h.saveResult = { canceled: false, filePath: join(dir, '裁决书.pdf') };
    const saved = await createPrintPort().saveHtmlAsPdf('<p>裁决书</p>', '裁决书');
    expect(saved).toBe(join(dir, '裁决书.pdf'));
    expect(readFileSync(join(dir, '裁决书.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(h.windows[0]?.pdf[0]).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true });
    expect(h.windows[0]?.destroyed).toBe(true);
    h.saveResult = { canceled: true, filePath: undefined };
    expect(await createPrintPort().saveHtmlAsPdf('<p>x</p>', 'x')).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the document under a CSP that lets nothing load or run, ahead of its own head', async () => {
    await createPrintPort().printHtml(
      '<!doctype html><html><head><meta charset="utf-8"><style>p{}</style></head><body><p>x</p></body></html>',
    );
    const page = decodeURIComponent(h.windows[0]?.loaded[0] ?? '');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
    expect(csp?.[1]).toContain("default-src 'none'");
    expect(csp?.[1]).toContain("style-src 'unsafe-inline'");
    expect(csp?.[1]).toContain('img-src data:');
    expect(csp?.[1]).not.toMatch(/script-src/);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
    expect(page.startsWith('data:text/html;charset=utf-8,<!doctype html><html><head><meta http-equiv')).toBe(
      true,
    );
  });

  it.each([
    ['裁决书', '裁决书.pdf'],
    ['裁决书.PDF', '裁决书.pdf'],
    ['../../../etc/cron.d/x', 'x.pdf'],
    ['C:\\Windows\\System32\\evil', 'evil.pdf'],
    ['..', '文书.pdf'],
    ['/', '文书.pdf'],
    ['a/b/..\\..', '文书.pdf'],
    ['.hidden', 'hidden.pdf'],
    ['案号<2026>:第1号?', '案号2026第1号.pdf'],
    ['x..pdf', 'x.pdf'],
  ])('suggests only a base name in the documents folder: %s → %s', async (name, file) => {
    h.saveResult = { canceled: true, filePath: undefined };
    await createPrintPort().saveHtmlAsPdf('<p>x</p>', name);
    const opts = h.saveCalls[0]?.[0] as { defaultPath: string };
    expect(opts.defaultPath).toBe(join('/home/调解员/文档', file));
  });

  it('is modal to the main window when there is one', async () => {
    h.saveResult = { canceled: true, filePath: undefined };
    const main = { id: 'main-window' };
    await createPrintPort(() => main as never).saveHtmlAsPdf('<p>x</p>', '裁决书');
    expect(h.saveCalls[0]?.[0]).toBe(main);
    expect(h.saveCalls[0]?.[1]).toMatchObject({ title: '导出 PDF' });
  });
});
