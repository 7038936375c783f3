import { Alert, App, Card, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import {
  optionsFor,
  pdfFileName,
  templateGroups,
  versionLabel,
  type CaseKind,
  type DocumentRow,
  type MissingFact,
} from './document-display';
import { DocumentList } from './DocumentList';
import { DocumentPicker } from './DocumentPicker';
import { confirmWarnings } from './confirm-warnings';
import { CourtBundleButton } from './CourtBundleButton';
import { MissingFactsAlert } from './MissingFactsAlert';
import { useDocumentPrint } from './use-document-print';
import './documents.css';

type Props = {
  caseId: string;
  kind: CaseKind;
  caseNo: string;
  /** Changes whenever the case does (e.g. its event count), so the stale marks are re-checked. */
  revision: number;
};

/**
 * 文书 on the case page: pick a template and its options, then 生成 (.docx kept as a new version), 打印 or 导出 PDF.
 * A document is never produced with a blank: when facts are missing, each is listed with a link to where it is
 * entered. Below, every generated version with 下载 and 打印. In the corner, 导出移送法院材料 (the court bundle).
 */
export function DocumentsSection({ caseId, kind, caseNo, revision }: Props) {
  const { message, modal } = App.useApp();
  const templates = useQuery('documents:templates', {});
  const list = useQuery('documents:list', { caseId });
  const printer = useDocumentPrint();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<readonly MissingFact[] | null>(null);
  const [generating, setGenerating] = useState(false);

  const seen = useRef(revision);
  const reloadList = list.reload;
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    reloadList();
  }, [revision, reloadList]);

  const loadError = templates.error ?? list.error;
  const all = templates.data ?? [];
  const templateId = picked ?? templateGroups(all, kind)[0]?.options[0]?.value;
  const template = all.find((t) => t.id === templateId);
  const item = () =>
    templateId === undefined ? null : { caseId, templateId, options: optionsFor(template, values) };

  const choose = (id: string) => {
    setPicked(id);
    setValues({});
    setMissing(null);
  };
  const focusOption = (key: string) => document.getElementById(`doc-option-${key}`)?.focus();

  const generate = async (it = item()) => {
    if (it === null || generating) return;
    setGenerating(true);
    let r = await call('documents:generate', it);
    // A notice after the event it announces is produced only once the user has read why (timing-warnings.ts).
    if (r.ok && r.value.unconfirmed) {
      if (await confirmWarnings(modal, '生成', r.value.warnings))
        r = await call('documents:generate', { ...it, confirmed: true });
      else {
        setGenerating(false);
        return;
      }
    }
    setGenerating(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    if (r.value.missing.length > 0 || r.value.document === null) {
      setMissing(r.value.missing);
      return;
    }
    setMissing(null);
    const d = r.value.document;
    void message.success(
      r.value.created
        ? `已生成${d.title}（${versionLabel(d.version)}）`
        : `案件数据未变化，${d.title}仍为 ${versionLabel(d.version)}`,
    );
    list.reload();
  };

  const output = async (mode: 'print' | 'pdf', it = item()) => {
    if (it === null) return;
    const title = all.find((t) => t.id === it.templateId)?.title ?? it.templateId;
    const left =
      mode === 'print'
        ? await printer.print([it])
        : await printer.exportPdf([it], pdfFileName(caseNo, title));
    setMissing(left[0]?.missing ?? null);
  };
  const printRow = (d: DocumentRow) => {
    void output('print', { caseId, templateId: d.templateId, options: d.options });
  };

  return (
    <Card
      size="small"
      className="form-card"
      title="文书"
      data-testid="case-documents"
      extra={<CourtBundleButton caseId={caseId} />}
    >
      {loadError !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(loadError)} />
      )}
      {templates.data === undefined ? (
        templates.loading && <Spin />
      ) : (
        <DocumentPicker
          templates={all}
          kind={kind}
          templateId={templateId}
          template={template}
          values={values}
          onTemplate={choose}
          onOption={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
          generating={generating}
          busy={printer.busy}
          onGenerate={() => void generate()}
          onPrint={() => void output('print')}
          onPdf={() => void output('pdf')}
        />
      )}
      {missing !== null && missing.length > 0 && (
        <MissingFactsAlert missing={missing} template={template} onOption={focusOption} />
      )}
      <DocumentList
        rows={list.data ?? []}
        templates={all}
        loading={list.loading}
        printing={printer.busy !== null}
        onPrint={printRow}
        regenerating={generating}
        onRegenerate={(d) => void generate({ caseId, templateId: d.templateId, options: d.options })}
      />
    </Card>
  );
}
