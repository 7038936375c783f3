import { Table, Tag, type TableColumnsType } from 'antd';
import { rowProps } from '../../components/row-props';
import {
  leaveDays,
  leaveLabel,
  leavePhase,
  LEAVE_PHASE_LABELS,
  sortLeaves,
  type LeaveView,
} from './leave-form';

type Props = {
  leaves: readonly LeaveView[];
  staffName: (id: string) => string;
  today: string;
  loading: boolean;
};

const PHASE_COLORS = { past: 'default', current: 'orange', future: 'blue' } as const;

/** 请假、出差、培训 日历: current and coming absences first, then past ones. */
export function LeaveTable({ leaves, staffName, today, loading }: Props) {
  const columns: TableColumnsType<LeaveView> = [
    { title: '人员', key: 'staff', render: (_, l) => staffName(l.staffId) },
    { title: '类型', key: 'kind', width: 80, render: (_, l) => leaveLabel(l.kind) },
    { title: '开始', dataIndex: 'from', key: 'from', width: 120 },
    { title: '结束', dataIndex: 'to', key: 'to', width: 120 },
    { title: '天数', key: 'days', width: 70, render: (_, l) => leaveDays(l.from, l.to) },
    {
      title: '状态',
      key: 'phase',
      width: 90,
      render: (_, l) => {
        const p = leavePhase(l, today);
        return <Tag color={PHASE_COLORS[p]}>{LEAVE_PHASE_LABELS[p]}</Tag>;
      },
    },
    { title: '备注', key: 'note', render: (_, l) => l.note ?? '' },
  ];
  return (
    <Table<LeaveView>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={columns}
      dataSource={sortLeaves(leaves, today)}
      data-testid="leave-table"
      onRow={(l) => rowProps('leave-row', { 'data-staff-id': l.staffId })}
      locale={{ emptyText: '没有登记的请假、出差或培训' }}
    />
  );
}
