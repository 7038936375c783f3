import { Table, Tag, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { rowProps } from '../../components/row-props';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import {
  daysLeftText,
  deadlineStatusLabel,
  deadlineTone,
  TONE_COLOR,
} from '../../components/deadline-display';
import { handlerText, partiesText, type DisplayRow, type SortKey, type SortState } from './deadline-table';

type Props = {
  rows: readonly DisplayRow[];
  loading: boolean;
  sort: SortState;
  onSort: (s: SortState) => void;
  empty: string;
};

const SORT_KEYS: readonly SortKey[] = ['caseNo', 'label', 'dueDate', 'daysLeft', 'handler'];
const isSortKey = (k: unknown): k is SortKey =>
  typeof k === 'string' && (SORT_KEYS as readonly string[]).includes(k);
const COLUMN_COUNT = 7;

/** Group header rows span the whole table; their other cells are dropped. */
const span = (first: boolean) => (r: DisplayRow) =>
  r.type === 'group' ? { colSpan: first ? COLUMN_COUNT : 0 } : {};

function buildColumns(sort: SortState): TableColumnsType<DisplayRow> {
  const order = (key: SortKey): SortOrder =>
    sort.key === key ? (sort.dir === 'asc' ? 'ascend' : 'descend') : null;
  return [
    {
      title: '案号',
      key: 'caseNo',
      width: 180,
      sorter: true,
      sortOrder: order('caseNo'),
      onCell: span(true),
      render: (_, r) =>
        r.type === 'group' ? (
          <Typography.Text strong data-testid="deadline-group-title">
            {r.title}（{r.count} 项）
          </Typography.Text>
        ) : (
          <Typography.Link
            href={hrefFor.case(r.row.caseId)}
            data-testid="deadline-case-link"
            onClick={(e) => {
              e.preventDefault();
              void navigate(hrefFor.case(r.row.caseId));
            }}
          >
            {r.row.caseNo}
          </Typography.Link>
        ),
    },
    {
      title: '当事人',
      key: 'parties',
      onCell: span(false),
      render: (_, r) => (r.type === 'row' ? partiesText(r.row) : null),
    },
    {
      title: '期限事项',
      key: 'label',
      sorter: true,
      sortOrder: order('label'),
      onCell: span(false),
      render: (_, r) =>
        r.type === 'row' ? (
          <>
            {r.row.label}{' '}
            <Tag color={TONE_COLOR[deadlineTone(r.row)]}>{deadlineStatusLabel(r.row.status)}</Tag>
          </>
        ) : null,
    },
    {
      title: '到期日',
      key: 'dueDate',
      width: 110,
      sorter: true,
      sortOrder: order('dueDate'),
      onCell: span(false),
      render: (_, r) => (r.type === 'row' ? (r.row.dueDate ?? '无法计算') : null),
    },
    {
      title: '剩余',
      key: 'daysLeft',
      width: 120,
      sorter: true,
      sortOrder: order('daysLeft'),
      onCell: span(false),
      render: (_, r) => (r.type === 'row' ? daysLeftText(r.row) : null),
    },
    {
      title: '承办人',
      key: 'handler',
      width: 110,
      sorter: true,
      sortOrder: order('handler'),
      onCell: span(false),
      render: (_, r) => (r.type === 'row' ? handlerText(r.row) : null),
    },
    {
      title: '依据',
      key: 'citation',
      onCell: span(false),
      render: (_, r) =>
        r.type === 'row' ? (
          <Tooltip title={r.row.explanation}>
            <span className="deadline-citation-cell" data-testid="deadline-citation">
              {r.row.citation === '' ? '查看计算过程' : r.row.citation}
            </span>
          </Tooltip>
        ) : null,
    },
  ];
}

/** 期限待办 table: sorted by us (so group headers stay put), colour-coded by urgency, explanations on hover. */
export function DeadlinesTable({ rows, loading, sort, onSort, empty }: Props) {
  const onChange: TableProps<DisplayRow>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (s === undefined) return;
    if (isSortKey(s.columnKey) && s.order != null)
      onSort({ key: s.columnKey, dir: s.order === 'ascend' ? 'asc' : 'desc' });
    else onSort({ key: 'dueDate', dir: 'asc' });
  };
  const dataCount = rows.filter((r) => r.type === 'row').length;
  return (
    <Table<DisplayRow>
      size="small"
      rowKey="key"
      loading={loading}
      columns={buildColumns(sort)}
      dataSource={[...rows]}
      onChange={onChange}
      showSorterTooltip={false}
      locale={{ emptyText: empty }}
      data-testid="deadlines-table"
      rowClassName={(r) =>
        r.type === 'group' ? 'deadline-group-row' : `deadline-row deadline-row-${deadlineTone(r.row)}`
      }
      onRow={(r) =>
        r.type === 'group'
          ? rowProps('deadline-group')
          : rowProps('deadline-row', {
              'data-case-id': r.row.caseId,
              'data-rule-id': r.row.ruleId,
              'data-tone': deadlineTone(r.row),
            })
      }
      pagination={{
        defaultPageSize: 100,
        hideOnSinglePage: true,
        showSizeChanger: true,
        pageSizeOptions: [50, 100, 200, 500],
        showTotal: () => `共 ${dataCount} 项期限`,
      }}
    />
  );
}
