import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { rowProps } from '../../components/row-props';
import type { RuleRow } from './rules-display';

const COLUMNS: TableColumnsType<RuleRow> = [
  { title: '编号', dataIndex: 'id', key: 'id', width: 190 },
  { title: '名称', dataIndex: 'label', key: 'label', width: 160 },
  {
    title: '起算事件',
    key: 'trigger',
    render: (_, r) => (
      <div className="timeline-item">
        <span>{r.trigger}</span>
        <Typography.Text type="secondary" className="deadline-citation">
          {r.triggerDetail}
        </Typography.Text>
      </div>
    ),
  },
  { title: '期间', dataIndex: 'period', key: 'period', width: 130 },
  {
    title: '顺延',
    key: 'rollForward',
    width: 80,
    render: (_, r) =>
      r.rollForward === null ? '—' : r.rollForward ? <Tag color="blue">顺延</Tag> : <Tag>不顺延</Tag>,
  },
  { title: '依据', dataIndex: 'citation', key: 'citation' },
];

/** The committee's deadline rules as a clerk reads them: what starts each period, how long, and the article. */
export function RulesTable({ rows, loading }: { rows: readonly RuleRow[]; loading: boolean }) {
  return (
    <Table<RuleRow>
      size="small"
      rowKey="key"
      loading={loading}
      pagination={false}
      columns={COLUMNS}
      dataSource={[...rows]}
      locale={{ emptyText: '没有期限规则' }}
      data-testid="rules-table"
      onRow={(r) => rowProps('rules-row', { 'data-rule-id': r.id })}
      scroll={{ y: 420 }}
    />
  );
}
