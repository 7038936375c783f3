import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import {
  sortWorkload,
  workloadFieldPeriod,
  type WorkloadPeriods,
  type WorkloadRow,
  type WorkloadSortField,
} from '../../../shared/assignment';
import { rowProps } from '../../components/row-props';
import { defaultDirection, WORKLOAD_COLUMNS, workloadCell } from './workload-columns';

export type WorkloadSort = { field: WorkloadSortField; dir: 'asc' | 'desc' };
type Props = {
  rows: readonly WorkloadRow[];
  /** The days each figure covers, shown under its header (undefined until the report has loaded). */
  periods: WorkloadPeriods | undefined;
  loading: boolean;
  sort: WorkloadSort;
  onSort: (sort: WorkloadSort) => void;
};

const order = (s: WorkloadSort, field: WorkloadSortField): SortOrder =>
  s.field === field ? (s.dir === 'asc' ? 'ascend' : 'descend') : null;

function Header({ title, period, field }: { title: string; period: string; field: string }) {
  return (
    <span data-testid={`workload-sort-${field}`}>
      {title}
      {period !== '' && (
        <span className="workload-period" data-testid={`workload-period-${field}`}>
          {period}
        </span>
      )}
    </span>
  );
}

/** 工作量 per handler; every column sorts (click the header), nulls last, names in pinyin order. */
export function WorkloadTable({ rows, periods, loading, sort, onSort }: Props) {
  const columns: TableColumnsType<WorkloadRow> = WORKLOAD_COLUMNS.map((c) => {
    const header = (
      <Header
        title={c.title}
        field={c.field}
        period={periods === undefined ? '' : workloadFieldPeriod(c.field, periods)}
      />
    );
    return {
      key: c.field,
      title: c.tip === undefined ? header : <Tooltip title={c.tip}>{header}</Tooltip>,
      sorter: true,
      sortOrder: order(sort, c.field),
      sortDirections: c.field === 'name' ? ['ascend', 'descend'] : ['descend', 'ascend'],
      align: c.field === 'name' ? ('left' as const) : ('right' as const),
      render: (_, r) =>
        c.field === 'name' ? (
          <>
            {r.name}
            {!r.active && <Tag className="assignment-chosen">停用</Tag>}
            {r.awayToday && (
              <Tag color="orange" className="assignment-chosen">
                今日不在岗
              </Tag>
            )}
          </>
        ) : (
          workloadCell(r, c.field)
        ),
    };
  });
  return (
    <Table<WorkloadRow>
      size="small"
      rowKey="staffId"
      loading={loading}
      pagination={false}
      columns={columns}
      dataSource={sortWorkload(rows, sort.field, sort.dir)}
      data-testid="workload-table"
      onRow={(r) => rowProps('workload-row', { 'data-staff-id': r.staffId })}
      locale={{ emptyText: '没有办案人员' }}
      showSorterTooltip={false}
      onChange={(_p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const field = WORKLOAD_COLUMNS.find((c) => c.field === s?.columnKey)?.field;
        if (field === undefined) return;
        // antd cycles ascend → descend → none; "none" falls back to the column's natural direction.
        const dir = s?.order === 'ascend' ? 'asc' : s?.order === 'descend' ? 'desc' : defaultDirection(field);
        onSort({ field, dir });
      }}
    />
  );
}
