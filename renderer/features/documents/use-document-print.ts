import { App } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { In, Out } from '../../../shared/contracts/ipc';
import { confirmWarnings } from './confirm-warnings';
import { printInFrame } from './print-frame';

type Item = In<'documents:print'>['items'][number];
export type PrintMissing = Out<'documents:printHtml'>['missing'];
type Mode = { kind: 'print' } | { kind: 'pdf'; fileName: string };

const key = (i: { caseId: string; templateId: string }) => `${i.caseId}|${i.templateId}`;

/**
 * 打印 / 导出 PDF for one or many documents as ONE job. The print HTML is built first (so documents that lack
 * facts are known and left out); the desktop shell then prints or saves the PDF itself, and in a plain browser
 * (supported: false) the HTML is printed from a hidden iframe — for a PDF the user picks 另存为 PDF there.
 * Resolves to the documents left out for missing facts (empty when everything was printable).
 */
export function useDocumentPrint() {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);

  const run = async (items: Item[], mode: Mode): Promise<PrintMissing> => {
    if (items.length === 0) return [];
    setBusy(mode.kind);
    try {
      const built = await call('documents:printHtml', { items });
      if (!built.ok) {
        void message.error(errorText(built.error));
        return [];
      }
      const { html, missing, warnings } = built.value;
      const left = new Set(missing.map(key));
      const printable = items.filter((i) => !left.has(key(i)));
      if (printable.length === 0) return missing;
      // Notices after the event they announce are printed only once confirmed (main refuses them otherwise).
      const action = mode.kind === 'print' ? '打印' : '导出';
      // One line per case, document and reason: a notice for each party of one case shares the same warning.
      const texts = [
        ...new Set(
          items.length > 1
            ? warnings.flatMap((w) => w.warnings.map((t) => `${w.caseNo} ${w.title}：${t}`))
            : warnings.flatMap((w) => w.warnings),
        ),
      ];
      if (texts.length > 0 && !(await confirmWarnings(modal, action, texts))) return missing;
      const confirmed = texts.length > 0;
      if (mode.kind === 'print') {
        const r = await call('documents:print', { items: printable, confirmed });
        if (!r.ok) void message.error(errorText(r.error));
        else if (!r.value.supported) printInFrame(html);
        else if (r.value.printed) void message.success(`已发送 ${printable.length} 份文书到打印机`);
      } else {
        const r = await call('documents:exportPdf', { items: printable, fileName: mode.fileName, confirmed });
        if (!r.ok) void message.error(errorText(r.error));
        else if (!r.value.supported) {
          void message.info('请在打印对话框中将“目标打印机”选为“另存为 PDF”', 6);
          printInFrame(html);
        } else if (r.value.savedTo !== null) void message.success(`已导出 PDF：${r.value.savedTo}`);
      }
      return missing;
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    print: (items: Item[]) => run(items, { kind: 'print' }),
    exportPdf: (items: Item[], fileName: string) => run(items, { kind: 'pdf', fileName }),
  };
}
