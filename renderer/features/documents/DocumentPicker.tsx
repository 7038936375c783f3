import { FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import type { CaseKind, TemplateInfo } from './document-display';
import { DocumentOptionFields } from './DocumentOptionFields';
import { TemplateSelect } from './TemplateSelect';

type Props = {
  templates: readonly TemplateInfo[];
  kind: CaseKind;
  templateId: string | undefined;
  template: TemplateInfo | undefined;
  values: Readonly<Record<string, string>>;
  onTemplate: (id: string) => void;
  onOption: (key: string, value: string) => void;
  generating: boolean;
  busy: 'print' | 'pdf' | null;
  onGenerate: () => void;
  onPrint: () => void;
  onPdf: () => void;
};

/** One row: 文书 (grouped picker), its options, then 生成 / 打印 / 导出 PDF. */
export function DocumentPicker(p: Props) {
  const none = p.templateId === undefined;
  return (
    <Form layout="inline" component="div" className="doc-picker" data-testid="doc-picker">
      <Form.Item label="文书" htmlFor="doc-template-select">
        <TemplateSelect templates={p.templates} kind={p.kind} value={p.templateId} onChange={p.onTemplate} />
      </Form.Item>
      <DocumentOptionFields template={p.template} values={p.values} onChange={p.onOption} />
      <Form.Item>
        <Space wrap>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            loading={p.generating}
            disabled={none}
            data-testid="doc-generate"
            onClick={p.onGenerate}
          >
            生成
          </Button>
          <Button
            icon={<PrinterOutlined />}
            loading={p.busy === 'print'}
            disabled={none || p.busy !== null}
            data-testid="doc-print"
            onClick={p.onPrint}
          >
            打印
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            loading={p.busy === 'pdf'}
            disabled={none || p.busy !== null}
            data-testid="doc-pdf"
            onClick={p.onPdf}
          >
            导出 PDF
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
