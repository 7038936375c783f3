import { Alert, Card } from 'antd';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { AddStaffForm } from './AddStaffForm';
import { StaffTable } from './StaffTable';

/** 设置 › 工作人员: the staff list and the form that adds one, in the signed-in user's office by default. */
export function StaffSettings({ user }: { user: SessionUser }) {
  const staff = useQuery('staff:list', {});
  const offices = useQuery('offices:list', {});
  const error = staff.error ?? offices.error;
  return (
    <>
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} className="section-alert" />
      )}
      <Card size="small" title="工作人员" className="form-card">
        <StaffTable staff={staff.data ?? []} offices={offices.data ?? []} loading={staff.loading} />
      </Card>
      <Card size="small" title="添加工作人员" className="form-card">
        <AddStaffForm offices={offices.data ?? []} defaultOfficeId={user.officeId} onCreated={staff.reload} />
      </Card>
    </>
  );
}
