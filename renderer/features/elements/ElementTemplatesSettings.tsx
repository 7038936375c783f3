import { Alert, Button, Card, Space, Spin, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { rowProps } from '../../components/row-props';
import { nextVersionJson, templateRows } from './template-list';
import type { TemplateRow } from './template-list';
import { TemplateJsonEditor } from './TemplateJsonEditor';
import './elements.css';

/** 设置 › 要素表模板: the templates with their versions, and a JSON editor for a new template or version. */
export function ElementTemplatesSettings() {
  const templates = useQuery('elements:templates', {});
  const all = useMemo(() => templates.data?.templates ?? [], [templates.data]);
  const rows = useMemo(() => templateRows(all), [all]);
  const [text, setText] = useState('');
  const [result, setResult] = useState<string | null>(null);

  const columns: TableColumnsType<TemplateRow> = [
    { key: 'id', title: '编号', dataIndex: 'id', width: 200 },
    { key: 'title', title: '名称', dataIndex: 'title' },
    { key: 'claimTypes', title: '适用请求', dataIndex: 'claimTypes' },
    { key: 'count', title: '要素数', dataIndex: 'elementCount', width: 80 },
    {
      key: 'versions',
      title: '版本',
      render: (_: unknown, r: TemplateRow) => (
        <Space size={4} wrap>
          {r.versions.map((v) => (
            <Tag key={v} color={v === r.newest ? 'blue' : 'default'}>
              第 {v} 版
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'action',
      title: '',
      width: 120,
      render: (_: unknown, r: TemplateRow) => (
        <Button
          size="small"
          data-testid={`elements-template-newversion-${r.id}`}
          onClick={() => {
            setText(nextVersionJson(all, r.id));
            setResult(null);
          }}
        >
          修改为新版本
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="elements-templates-settings">
      {templates.error !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(templates.error)} />
      )}
      {result !== null && (
        <Alert
          type="success"
          showIcon
          closable
          className="section-alert"
          data-testid="elements-template-result"
          title={result}
          onClose={() => setResult(null)}
        />
      )}
      <Card size="small" className="form-card" title={`要素表模板（${rows.length} 个）`}>
        {templates.loading && templates.data === undefined ? (
          <Spin />
        ) : (
          <Table<TemplateRow>
            size="small"
            pagination={false}
            rowKey="id"
            columns={columns}
            dataSource={rows}
            onRow={(r) =>
              rowProps('elements-template-row', { 'data-id': r.id, 'data-version': String(r.newest) })
            }
          />
        )}
      </Card>
      <Card size="small" className="form-card" title="新增模板或新版本">
        <TemplateJsonEditor
          text={text}
          onTextChange={(t) => {
            setText(t);
            setResult(null);
          }}
          onSaved={(m) => {
            setResult(m);
            setText('');
            templates.reload();
          }}
        />
      </Card>
    </div>
  );
}
