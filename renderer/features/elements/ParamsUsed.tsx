import { Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ElementsCaseView } from '../../../shared/contracts/elements.schema';
import { formatFen } from '../../../shared/format';

type Param = ElementsCaseView['params'][number];

const columns: TableColumnsType<Param> = [
  { key: 'label', title: '参数', dataIndex: 'label' },
  { key: 'amount', title: '金额', render: (_: unknown, p: Param) => `${formatFen(p.amountFen)} 元` },
  { key: 'from', title: '生效日期', dataIndex: 'effectiveFrom' },
  {
    key: 'sample',
    title: '状态',
    render: (_: unknown, p: Param) =>
      p.sample ? (
        <Tag color="gold" data-testid="el-param-sample">
          示例
        </Tag>
      ) : (
        <Tag color="green">已确认</Tag>
      ),
  },
];

/** The regional parameters in force on the case's 收件日期 that the checks used (示例 until confirmed). */
export function ParamsUsed({ params }: { params: readonly Param[] }) {
  return (
    <Card size="small" className="form-card" title="采用的地区参数" data-testid="el-params">
      <Table<Param>
        size="small"
        pagination={false}
        rowKey="kind"
        columns={columns}
        dataSource={[...params]}
        locale={{ emptyText: '未设置地区参数（设置 › 地区参数）' }}
      />
    </Card>
  );
}
