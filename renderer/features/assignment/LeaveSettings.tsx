import { Alert, Card } from 'antd';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { todayInChina } from '../../../shared/util/clock';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { staffName } from './assignment-display';
import { LeaveForm } from './LeaveForm';
import { LeaveTable } from './LeaveTable';
import { RelationshipForm } from './RelationshipForm';
import './assignment.css';

/** Everyone records their own absence and relationships; the 主任 and the administrator anyone's (as main). */
const mayActForOthers = (user: SessionUser) =>
  user.roles.includes('director') || user.roles.includes('admin');

/** 设置 › 人员与请假: the leave calendar, entering leave (with AB角 conflict warnings) and 回避申报. */
export function LeaveSettings({ user }: { user: SessionUser }) {
  const staff = useQuery('staff:list', {});
  const leaves = useQuery('staff:leaves', {});
  const people = staff.data ?? [];
  const name = (id: string) => staffName(people, id);
  const error = staff.error ?? leaves.error;
  const others = mayActForOthers(user);
  return (
    <div data-testid="leave-settings">
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} className="section-alert" />
      )}
      <Card size="small" title="请假、出差、培训日历" className="form-card">
        <LeaveTable
          leaves={leaves.data ?? []}
          staffName={name}
          today={todayInChina()}
          loading={leaves.loading}
        />
      </Card>
      <Card size="small" title="登记请假、出差或培训" className="form-card">
        <LeaveForm
          user={user}
          staff={people}
          mayActForOthers={others}
          staffName={name}
          onSaved={leaves.reload}
        />
      </Card>
      <Card size="small" title="回避申报" className="form-card">
        <RelationshipForm user={user} staff={people} mayActForOthers={others} />
      </Card>
    </div>
  );
}
