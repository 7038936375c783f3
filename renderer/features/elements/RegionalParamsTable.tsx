import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { REGIONAL_PARAM_KINDS } from '../../../shared/domain/regional-params';
import { DateField } from '../../components/DateField';
import type { RegionalColumn, RegionalRow, RowIssue } from './regional-rows';

type Props = {
  rows: readonly RegionalRow[];
  issues: readonly RowIssue[];
  onChange: (rows: RegionalRow[]) => void;
};
type Line = { index: number; row: RegionalRow };

const KIND_OPTIONS = REGIONAL_PARAM_KINDS.map((k) => ({ value: k.code, label: k.label }));

/** The regional parameters as an editable table; cells are 'regional-<row>-<column>'. */
export function RegionalParamsTable({ rows, issues, onChange }: Props) {
  const set = (index: number, patch: Partial<RegionalRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const issue = (index: number, column: RegionalColumn) =>
    issues.find((i) => i.row === index && i.column === column)?.message;
  const status = (index: number, column: RegionalColumn) => {
    const message = issue(index, column);
    return message === undefined ? {} : { status: 'error' as const, title: message };
  };
  const id = (index: number, column: string) => `regional-${index}-${column}`;

  const columns: TableColumnsType<Line> = [
    {
      key: 'kind',
      title: '参数',
      width: 260,
      render: (_: unknown, l: Line) => (
        <Select
          id={id(l.index, 'kind')}
          data-testid={id(l.index, 'kind')}
          aria-label={`第 ${l.index + 1} 行参数`}
          value={l.row.kind === '' ? null : l.row.kind}
          onChange={(v) => set(l.index, { kind: v })}
          options={KIND_OPTIONS}
          placeholder="请选择"
          style={{ width: '100%' }}
          {...status(l.index, 'kind')}
        />
      ),
    },
    {
      key: 'region',
      title: '地区',
      render: (_: unknown, l: Line) => (
        <Input
          id={id(l.index, 'region')}
          data-testid={id(l.index, 'region')}
          aria-label={`第 ${l.index + 1} 行地区`}
          value={l.row.region}
          maxLength={50}
          onChange={(e) => set(l.index, { region: e.target.value })}
          {...status(l.index, 'region')}
        />
      ),
    },
    {
      key: 'effectiveFrom',
      title: '生效日期',
      width: 150,
      render: (_: unknown, l: Line) => (
        <DateField
          id={id(l.index, 'effectiveFrom')}
          testId={id(l.index, 'effectiveFrom')}
          value={l.row.effectiveFrom}
          onChange={(v) => set(l.index, { effectiveFrom: v })}
          invalid={issue(l.index, 'effectiveFrom') !== undefined}
        />
      ),
    },
    {
      key: 'amount',
      title: '金额（元）',
      width: 150,
      render: (_: unknown, l: Line) => (
        <Input
          id={id(l.index, 'amount')}
          data-testid={id(l.index, 'amount')}
          aria-label={`第 ${l.index + 1} 行金额`}
          value={l.row.amountYuan}
          inputMode="decimal"
          suffix="元"
          onChange={(e) => set(l.index, { amountYuan: e.target.value })}
          {...status(l.index, 'amountYuan')}
        />
      ),
    },
    {
      key: 'sample',
      title: '示例',
      width: 60,
      render: (_: unknown, l: Line) => (
        <Checkbox
          data-testid={id(l.index, 'sample')}
          aria-label={`第 ${l.index + 1} 行为示例数值`}
          checked={l.row.sample}
          onChange={(e) => set(l.index, { sample: e.target.checked })}
        />
      ),
    },
    {
      key: 'source',
      title: '来源',
      render: (_: unknown, l: Line) => (
        <Input
          id={id(l.index, 'source')}
          data-testid={id(l.index, 'source')}
          aria-label={`第 ${l.index + 1} 行来源`}
          value={l.row.source}
          maxLength={200}
          onChange={(e) => set(l.index, { source: e.target.value })}
          {...status(l.index, 'source')}
        />
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_: unknown, l: Line) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除第 ${l.index + 1} 行`}
          data-testid={`regional-remove-${l.index}`}
          onClick={() => onChange(rows.filter((_r, i) => i !== l.index))}
        />
      ),
    },
  ];

  return (
    <Table<Line>
      size="small"
      pagination={false}
      rowKey="index"
      columns={columns}
      dataSource={rows.map((row, index) => ({ index, row }))}
      locale={{ emptyText: '尚无地区参数' }}
    />
  );
}
