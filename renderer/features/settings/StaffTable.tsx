import { Table, Tag, type TableColumnsType } from 'antd';
import type { Office } from '../../../shared/domain/office/office.schema';
import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';
import { staffRoleLabel } from '../../../shared/domain/reference-data';

type Props = { staff: readonly StaffSummary[]; offices: readonly Office[]; loading: boolean };

export function StaffTable({ staff, offices, loading }: Props) {
  const officeName = (id: string) => offices.find((o) => o.id === id)?.name ?? '';
  const columns: TableColumnsType<StaffSummary> = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '用户名', dataIndex: 'username', key: 'username' },
    { title: '办案机构', key: 'office', render: (_, s) => officeName(s.officeId) },
    {
      title: '角色',
      key: 'roles',
      render: (_, s) => s.roles.map((r) => <Tag key={r}>{staffRoleLabel(r)}</Tag>),
    },
    {
      title: '状态',
      key: 'active',
      width: 80,
      render: (_, s) => (s.active ? <Tag color="green">在用</Tag> : <Tag>停用</Tag>),
    },
  ];
  return (
    <Table<StaffSummary>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      columns={columns}
      dataSource={[...staff]}
      data-testid="staff-table"
    />
  );
}
