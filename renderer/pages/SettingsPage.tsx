import { Tabs, Typography } from 'antd';
import { hrefFor, type SettingsTab } from '../router/hash-route';
import { navigate } from '../router/navigation';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';
import { CalendarSettings } from '../features/calendar/CalendarSettings';
import { ElementTemplatesSettings } from '../features/elements/ElementTemplatesSettings';
import { RegionalSettings } from '../features/elements/RegionalSettings';
import { CommitteeSettings } from '../features/documents/CommitteeSettings';
import { LeaveSettings } from '../features/assignment/LeaveSettings';
import { ClaimSynonymsSettings } from '../features/settings/ClaimSynonymsSettings';
import { CorrectionRulesSettings } from '../features/settings/CorrectionRulesSettings';
import { RulesSettings } from '../features/settings/RulesSettings';
import { OfficeSettings } from '../features/settings/OfficeSettings';
import { StaffSettings } from '../features/settings/StaffSettings';
import { SyncSettings } from '../features/sync/SyncSettings';
import { StatsDefinitionsSettings } from '../features/stats/StatsDefinitionsSettings';
import { BackupSettings } from '../features/backup/BackupSettings';
import { IdleLockSettings } from '../features/lock/IdleLockSettings';

type Props = { user: SessionUser; tab?: SettingsTab | undefined };

const TAB_HREF: Readonly<Record<SettingsTab, string>> = {
  staff: hrefFor.settings,
  offices: hrefFor.officeSettings,
  leave: hrefFor.leaveSettings,
  synonyms: hrefFor.synonymsSettings,
  corrections: hrefFor.correctionSettings,
  stats: hrefFor.statsSettings,
  calendar: hrefFor.calendarSettings,
  rules: hrefFor.rulesSettings,
  elements: hrefFor.elementsSettings,
  regional: hrefFor.regionalSettings,
  committee: hrefFor.committeeSettings,
  sync: hrefFor.syncSettings,
  backup: hrefFor.backupSettings,
  security: hrefFor.securitySettings,
};
const isTab = (k: string): k is SettingsTab => k in TAB_HREF;

/**
 * 设置: one tab per area (工作人员, 机构, 人员与请假, 工作日历, 期限规则, 要素表模板, 地区参数, 常用说法, 更正权限, 统计口径, 文书设置,
 * 同步设置, 备份与恢复, 安全), each with
 * its own address. Each tab's content belongs to the feature that owns it; this page only puts them side by side.
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
            key: 'offices',
            label: <span data-testid="settings-tab-offices">机构</span>,
            children: <OfficeSettings user={user} />,
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
            key: 'corrections',
            label: <span data-testid="settings-tab-corrections">更正权限</span>,
            children: <CorrectionRulesSettings user={user} />,
          },
          {
            key: 'stats',
            label: <span data-testid="settings-tab-stats">统计口径</span>,
            children: <StatsDefinitionsSettings user={user} />,
          },
          {
            key: 'committee',
            label: <span data-testid="settings-tab-committee">文书设置</span>,
            children: <CommitteeSettings user={user} />,
          },
          {
            key: 'sync',
            label: <span data-testid="settings-tab-sync">同步设置</span>,
            children: <SyncSettings user={user} />,
          },
          // 备份与恢复: directors and administrators only (the core refuses anyone else as well).
          ...(user.roles.includes('admin') || user.roles.includes('director')
            ? [
                {
                  key: 'backup',
                  label: <span data-testid="settings-tab-backup">备份与恢复</span>,
                  children: <BackupSettings />,
                },
              ]
            : []),
          {
            key: 'security',
            label: <span data-testid="settings-tab-security">安全</span>,
            children: <IdleLockSettings user={user} />,
          },
        ]}
      />
    </div>
  );
}
