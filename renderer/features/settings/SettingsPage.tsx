import { Alert, Card, Typography } from 'antd';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { AddStaffForm } from './AddStaffForm';
import { StaffTable } from './StaffTable';

/** 设置: for now the staff list and adding staff; other settings arrive with their modules. */
export function SettingsPage({ user }: { user: SessionUser }) {
  const staff = useQuery('staff:list', {});
  const offices = useQuery('offices:list', {});
  const error = staff.error ?? offices.error;
  return (
    <div className="settings-page">
      <div className="page-header">
        <Typography.Title level={3}>设置</Typography.Title>
      </div>
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} className="section-alert" />
      )}
      <Card size="small" title="工作人员" className="form-card">
        <StaffTable staff={staff.data ?? []} offices={offices.data ?? []} loading={staff.loading} />
      </Card>
      <Card size="small" title="添加工作人员" className="form-card">
        <AddStaffForm offices={offices.data ?? []} defaultOfficeId={user.officeId} onCreated={staff.reload} />
      </Card>
    </div>
  );
}
