import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { headerGroups, OFFICIAL_COLUMNS, type OfficialTable } from '../../../shared/stats';
import type { OnDrill } from './drill';
import { FigureLink } from './FigureLink';

type Row = { key: 'figures' };

const fullTitle = (group: string, label: string) => (group === label ? label : `${group}·${label}`);

/** The official 劳动争议处理情况 table, in the yearbook's column order with grouped headers; one row of figures. */
export function OfficialTableView({ table, onDrill }: { table: OfficialTable; onDrill: OnDrill }) {
  const cell = (index: number) => {
    const c = OFFICIAL_COLUMNS[index];
    if (c === undefined) return null;
    return (
      <FigureLink
        figure={c.pick(table)}
        title={fullTitle(c.group, c.label)}
        testId={`stat-${c.key}`}
        onDrill={onDrill}
      />
    );
  };
  const leaf = (index: number) => ({
    key: OFFICIAL_COLUMNS[index]?.key ?? String(index),
    title: OFFICIAL_COLUMNS[index]?.label,
    align: 'center' as const,
    render: () => cell(index),
  });
  const columns: ColumnsType<Row> = headerGroups(OFFICIAL_COLUMNS).map(([group, first, count]) =>
    count === 1 && OFFICIAL_COLUMNS[first]?.label === group
      ? leaf(first)
      : {
          key: group,
          title: group,
          align: 'center' as const,
          children: Array.from({ length: count }, (_, i) => leaf(first + i)),
        },
  );
  return (
    <Table<Row>
      data-testid="stats-table"
      className="stats-official-table"
      bordered
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={[{ key: 'figures' }]}
    />
  );
}
