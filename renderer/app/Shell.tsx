import {
  BarChartOutlined,
  LineChartOutlined,
  BranchesOutlined,
  ClockCircleOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  LogoutOutlined,
  SettingOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { hrefFor, sectionOf, type Section } from '../router/hash-route';
import { confirmLeave, navigate } from '../router/navigation';
import { useRoute } from '../router/use-route';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';
import { CalendarBanner } from '../features/calendar/CalendarBanner';
import { SyncBadge } from '../features/sync/SyncBadge';
import { DbHealthBanner } from '../features/backup/DbHealthBanner';
import { IdleLock } from '../features/lock/IdleLock';
import { ErrorBoundary } from './ErrorBoundary';
import { RouteView } from './RouteView';

/** `roles`: shown only to those roles (统计分析 is the director's; main refuses anyone else too). */
const MENU: { key: Section; label: string; icon: ReactNode; roles?: readonly string[] }[] = [
  { key: 'cases', label: '案件', icon: <FolderOpenOutlined /> },
  { key: 'deadlines', label: '期限待办', icon: <ClockCircleOutlined /> },
  { key: 'documents', label: '文书', icon: <FileTextOutlined /> },
  { key: 'conflicts', label: '冲突处理', icon: <BranchesOutlined /> },
  { key: 'risk', label: '风险预警', icon: <WarningOutlined /> },
  { key: 'stats', label: '统计', icon: <BarChartOutlined /> },
  { key: 'analysis', label: '统计分析', icon: <LineChartOutlined />, roles: ['director'] },
  { key: 'settings', label: '设置', icon: <SettingOutlined /> },
];

type Props = { user: SessionUser; onSignedOut: () => void };

/** The signed-in desktop layout: module menu on the left, who is signed in on top, the page in the middle. */
export function Shell({ user, onSignedOut }: Props) {
  const route = useRoute();
  const section = sectionOf(route);

  const signOut = async () => {
    if (!(await confirmLeave())) return;
    await call('auth:signOut', {});
    // Even if main could not be reached, the local screen must not stay signed in.
    onSignedOut();
  };

  return (
    <Layout className="shell">
      <Layout.Sider width={180} theme="light" className="shell-sider">
        <div className="shell-brand">劳动人事争议调解仲裁办案系统</div>
        <Menu
          mode="inline"
          selectedKeys={section === undefined ? [] : [section]}
          onClick={({ key }) => {
            const item = MENU.find((m) => m.key === key);
            if (item !== undefined) void navigate(hrefFor[item.key]);
          }}
          items={MENU.filter(
            (m) => m.roles === undefined || m.roles.some((r) => user.roles.includes(r as never)),
          ).map((m) => ({
            key: m.key,
            icon: m.icon,
            label: <span data-testid={`menu-${m.key}`}>{m.label}</span>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <Space size="middle">
            <SyncBadge />
            <Typography.Text data-testid="current-user">
              <UserOutlined /> {user.name}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="current-office">
              {user.officeName}
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="signout">
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <CalendarBanner roles={user.roles} />
        <DbHealthBanner roles={user.roles} />
        <Layout.Content className="shell-content">
          {/* Keyed by page so a rendering error on one page does not stick after moving to another. */}
          <ErrorBoundary key={route.name === 'case' ? `case:${route.id}` : route.name}>
            <RouteView route={route} user={user} />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      {/* Beside the page, not instead of it: locking keeps the page and its unsaved input. */}
      <IdleLock user={user} onSignedOut={onSignedOut} />
    </Layout>
  );
}
