import { Alert, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { rowProps } from '../../components/row-props';
import type { Office } from '../../../shared/domain/office/office.schema';
import { OFFICE_KINDS } from '../../../shared/domain/reference-data';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { AddStationForm } from './AddStationForm';

const kindLabel = (kind: Office['kind']) => OFFICE_KINDS.find((k) => k.code === kind)?.label ?? kind;

/**
 * 设置 › 机构 (issue 11 item 5): the committee and its 调解组织 as this desktop knows them, and — for the
 * committee's administrator — the form that adds a station. A new station reaches the server with the next
 * sync; its users are then added in 工作人员, choosing the station as their office.
 */
export function OfficeSettings({ user }: { user: SessionUser }) {
  const offices = useQuery('offices:list', {});
  const list = offices.data ?? [];
  const own = list.find((o) => o.id === user.officeId);
  const mayAdd = user.roles.includes('admin') && own?.kind === 'committee';
  const parentName = (id: string | null) => list.find((o) => o.id === id)?.name ?? '';
  const columns: TableColumnsType<Office> = [
    { title: '名称', dataIndex: 'name', key: 'name' },
    { title: '简称', dataIndex: 'shortName', key: 'shortName' },
    { title: '类型', key: 'kind', render: (_, o) => <Tag>{kindLabel(o.kind)}</Tag> },
    { title: '上级机构', key: 'parent', render: (_, o) => parentName(o.parentId) },
  ];
  return (
    <>
      {offices.error !== undefined && (
        <Alert type="error" showIcon title={errorText(offices.error)} className="section-alert" />
      )}
      <Card size="small" title="机构" className="form-card">
        <Table<Office>
          size="small"
          rowKey="id"
          loading={offices.loading}
          pagination={false}
          columns={columns}
          dataSource={list}
          data-testid="office-table"
          onRow={(o) => rowProps('office-row', { 'data-kind': o.kind })}
        />
      </Card>
      <Card size="small" title="新建调解组织" className="form-card">
        {mayAdd ? (
          <AddStationForm onCreated={offices.reload} />
        ) : (
          <Typography.Paragraph type="secondary" data-testid="station-form-unavailable">
            只有仲裁委员会的系统管理员可以新建调解组织。
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}
