import { Table, type TableColumnsType } from 'antd';
import type { Claim } from '../../../shared/domain/case/claim.schema';
import { disputeReasonLabel } from '../../../shared/domain/reference-data';
import { formatFen } from '../../../shared/format';
import { ConflictTag } from '../../components/ConflictTag';
import { isMarked, NO_MARKS, type ConflictMarks } from '../../components/conflict-marks';

const money = (fen: number | null) => (fen === null ? '—' : `${formatFen(fen)}元`);

export function ClaimsTable({
  claims,
  marks = NO_MARKS,
}: {
  claims: readonly Claim[];
  marks?: ConflictMarks;
}) {
  const tag = (c: Claim, field: string) => <ConflictTag show={isMarked(marks, 'claim', c.id, field)} />;
  const rows = [...claims].sort((a, b) => a.sortOrder - b.sortOrder);
  const total = rows.reduce((sum, c) => sum + (c.amountFen ?? 0), 0);
  const columns: TableColumnsType<Claim> = [
    { title: '序号', key: 'no', width: 60, render: (_, _c, i) => i + 1 },
    {
      title: '请求类型',
      key: 'type',
      width: 200,
      render: (_, c) => (
        <>
          {disputeReasonLabel(c.type)}
          {tag(c, 'type')}
        </>
      ),
    },
    {
      title: '内容',
      key: 'description',
      render: (_, c) => (
        <>
          {c.description}
          {tag(c, 'description')}
        </>
      ),
    },
    {
      title: '金额',
      key: 'amount',
      width: 160,
      align: 'right',
      render: (_, c) => (
        <>
          {tag(c, 'amountFen')}
          {money(c.amountFen)}
        </>
      ),
    },
  ];
  return (
    <Table<Claim>
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid="case-claims"
      locale={{ emptyText: '未登记请求事项' }}
      summary={() =>
        rows.length === 0 ? null : (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {money(total)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
