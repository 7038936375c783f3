import { Alert, Card, Tabs, Typography } from 'antd';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { hrefFor, type SettingsTab } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { CalendarSettings } from '../calendar/CalendarSettings';
import { ElementTemplatesSettings } from '../elements/ElementTemplatesSettings';
import { RegionalSettings } from '../elements/RegionalSettings';
import { CommitteeSettings } from '../documents/CommitteeSettings';
import { LeaveSettings } from '../assignment/LeaveSettings';
import { AddStaffForm } from './AddStaffForm';
import { ClaimSynonymsSettings } from './ClaimSynonymsSettings';
import { RulesSettings } from './RulesSettings';
import { StaffTable } from './StaffTable';

type Props = { user: SessionUser; tab?: SettingsTab | undefined };

const TAB_HREF: Readonly<Record<SettingsTab, string>> = {
  staff: hrefFor.settings,
  leave: hrefFor.leaveSettings,
  synonyms: hrefFor.synonymsSettings,
  calendar: hrefFor.calendarSettings,
  rules: hrefFor.rulesSettings,
  elements: hrefFor.elementsSettings,
  regional: hrefFor.regionalSettings,
  committee: hrefFor.committeeSettings,
};
const isTab = (k: string): k is SettingsTab => k in TAB_HREF;

/**
 * 设置: 工作人员 (the staff list and adding staff), 工作日历 (holiday arrangements) and 期限规则 (the deadline
 * rules), each with its own address.
 */
export function SettingsPage({ user, tab = 'staff' }: Props) {
  return (
    <div className="settings-page">
      <div className="page-header">
        <Typography.Title level={3}>设置</Typography.Title>
      </div>
      <Tabs
        activeKey={tab}
        // Only the open tab is mounted, so its shortcuts (Ctrl+S in 期限规则) never act from another tab.
        destroyOnHidden
        onChange={(k) => void navigate(isTab(k) ? TAB_HREF[k] : hrefFor.settings)}
        items={[
          {
            key: 'staff',
            label: <span data-testid="settings-tab-staff">工作人员</span>,
            children: <StaffSettings user={user} />,
          },
          {
            key: 'leave',
            label: <span data-testid="settings-tab-leave">人员与请假</span>,
            children: <LeaveSettings user={user} />,
          },
          {
            key: 'calendar',
            label: <span data-testid="settings-tab-calendar">工作日历</span>,
            children: <CalendarSettings roles={user.roles} />,
          },
          {
            key: 'rules',
            label: <span data-testid="settings-tab-rules">期限规则</span>,
            children: <RulesSettings user={user} />,
          },
          {
            key: 'elements',
            label: <span data-testid="settings-tab-elements">要素表模板</span>,
            children: <ElementTemplatesSettings />,
          },
          {
            key: 'regional',
            label: <span data-testid="settings-tab-regional">地区参数</span>,
            children: <RegionalSettings />,
          },
          {
            key: 'synonyms',
            label: <span data-testid="settings-tab-synonyms">常用说法</span>,
            children: <ClaimSynonymsSettings user={user} />,
          },
          {
            key: 'committee',
            label: <span data-testid="settings-tab-committee">文书设置</span>,
            children: <CommitteeSettings />,
          },
        ]}
      />
    </div>
  );
}

function StaffSettings({ user }: { user: SessionUser }) {
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
