import { Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ComparisonResult, ElementComparison } from '../../../shared/elements';
import { rowProps } from '../../components/row-props';
import { STATE_TAG } from './element-display';

const columns: TableColumnsType<ElementComparison> = [
  { key: 'group', title: '分组', dataIndex: 'group', width: 110 },
  { key: 'label', title: '要素', dataIndex: 'label', width: 200 },
  { key: 'applicant', title: '申请人主张', dataIndex: 'applicantText' },
  {
    key: 'respondent',
    title: '被申请人意见',
    render: (_: unknown, e: ElementComparison) => (
      <>
        {e.respondentText}
        {e.note !== null && <Typography.Text type="secondary">（{e.note}）</Typography.Text>}
      </>
    ),
  },
  {
    key: 'state',
    title: '比对结果',
    width: 100,
    render: (_: unknown, e: ElementComparison) => (
      <Tag color={STATE_TAG[e.state].color} data-testid="el-cmp-state">
        {STATE_TAG[e.state].label}
      </Tag>
    ),
  },
];

/** One template's elements side by side, each tagged 一致 / 有争议 / 未答辩, with the counts. */
export function ComparisonTable({ result }: { result: ComparisonResult }) {
  const s = result.summary;
  return (
    <Card
      size="small"
      className="form-card"
      title={result.templateTitle}
      data-testid={`elements-cmp-template-${result.templateId}`}
      extra={
        <Space size={4} data-testid={`el-cmp-summary-${result.templateId}`}>
          <Tag color={STATE_TAG.agreed.color} data-testid="el-cmp-agreed" data-count={s.agreed}>
            一致 {s.agreed}
          </Tag>
          <Tag color={STATE_TAG.disputed.color} data-testid="el-cmp-disputed" data-count={s.disputed}>
            有争议 {s.disputed}
          </Tag>
          <Tag
            color={STATE_TAG.not_addressed.color}
            data-testid="el-cmp-not-addressed"
            data-count={s.notAddressed}
          >
            未答辩 {s.notAddressed}
          </Tag>
        </Space>
      }
    >
      <Table<ElementComparison>
        size="small"
        pagination={false}
        rowKey="key"
        columns={columns}
        dataSource={[...result.elements]}
        onRow={(e) =>
          rowProps('el-cmp-row', {
            'data-state': e.state,
            'data-key': e.key,
            'data-template': result.templateId,
          })
        }
        rowClassName={(e) => `el-cmp-${e.state}`}
      />
    </Card>
  );
}
