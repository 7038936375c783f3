import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { rowProps } from '../../components/row-props';
import { fileSizeText } from '../../components/file-bytes';
import { optionsText, versionLabel, type DocumentRow, type TemplateInfo } from './document-display';
import { DocumentDownloadButton } from './DocumentDownloadButton';

type Props = {
  rows: readonly DocumentRow[];
  templates: readonly TemplateInfo[];
  loading: boolean;
  printing: boolean;
  onPrint: (row: DocumentRow) => void;
  /** One click from a stale version to a new one built from the corrected data. */
  regenerating: boolean;
  onRegenerate: (row: DocumentRow) => void;
};

/**
 * Every generated version, newest first per document. A version is never overwritten: regenerating after the
 * case data changed adds v2, v3 … and the newest is marked 据以生成的数据已更正 while it no longer matches the
 * case, with 重新生成 right beside it.
 */
export function DocumentList({
  rows,
  templates,
  loading,
  printing,
  onPrint,
  regenerating,
  onRegenerate,
}: Props) {
  const columns: TableColumnsType<DocumentRow> = [
    {
      key: 'title',
      title: '文书',
      render: (_, d) => {
        const extra = optionsText(
          templates.find((t) => t.id === d.templateId),
          d.options,
        );
        return (
          <Space size={4} wrap>
            <span data-testid="doc-title">{d.title}</span>
            {extra !== '' && <Typography.Text type="secondary">（{extra}）</Typography.Text>}
            {d.stale && (
              <>
                <Tooltip title="此版本生成后案件数据有变化；重新生成将得到新版本，旧版本保留">
                  <Tag color="orange" data-testid="doc-stale">
                    据以生成的数据已更正
                  </Tag>
                </Tooltip>
                <Button
                  size="small"
                  icon={<ReloadOutlined />}
                  loading={regenerating}
                  data-testid="doc-regenerate"
                  onClick={() => onRegenerate(d)}
                >
                  重新生成
                </Button>
              </>
            )}
          </Space>
        );
      },
    },
    {
      key: 'version',
      title: '版本',
      width: 70,
      render: (_, d) => <span data-testid="doc-version">{versionLabel(d.version)}</span>,
    },
    {
      key: 'createdAt',
      title: '生成时间',
      width: 150,
      render: (_, d) => dayjs(d.createdAt).format('YYYY-MM-DD HH:mm'),
    },
    { key: 'size', title: '大小', width: 90, render: (_, d) => fileSizeText(d.size) },
    {
      key: 'actions',
      title: '操作',
      width: 170,
      render: (_, d) => (
        <Space size={0}>
          <DocumentDownloadButton id={d.id} />
          <Button
            type="link"
            size="small"
            icon={<PrinterOutlined />}
            disabled={printing}
            data-testid="doc-row-print"
            title="按当前案件数据打印"
            onClick={() => onPrint(d)}
          >
            打印
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<DocumentRow>
      data-testid="doc-list"
      size="small"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      locale={{ emptyText: '尚未生成文书' }}
      onRow={(d) =>
        rowProps('doc-row', {
          'data-template-id': d.templateId,
          'data-version': String(d.version),
          'data-stale': String(d.stale),
          // Which 裁决书 of a 部分终局 award (之一 / 之二), so each series can be found.
          'data-part': d.options['part'] ?? '',
        })
      }
    />
  );
}
