import { Alert, Card, Descriptions, Space } from 'antd';
import { errorText } from '../../api/errors';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { chinaDateTime, syncBadgeText, filesText } from './sync-badge';
import { useSyncStatus } from './sync-status-store';
import { EnrolForm } from './EnrolForm';
import { LeaveButton } from './LeaveButton';
import { RejectedTable } from './RejectedTable';
import { AdoptionTable } from './AdoptionTable';
import { AuditChainCard } from './AuditChainCard';
import { SyncNowButton } from './SyncNowButton';
import './sync.css';

/**
 * 设置 › 同步设置: where this desktop syncs to and how it is doing, signing in to the server again after the
 * binding expired, 退出 the central server (the local administrator only: it decides where everyone's changes
 * go), the changes the server refused, for directors the refused changes of people who lost access that they
 * may adopt (待采纳的操作), and (administrators and directors) the check of the local audit chain. A standalone desktop is told how a new computer joins a server.
 */
export function SyncSettings({ user }: { user: SessionUser }) {
  const { status, error } = useSyncStatus();
  const isAdmin = user.roles.includes('admin');
  return (
    <>
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} className="section-alert" />
      )}
      {status?.state === 'upgrade_required' && (
        <Alert
          type="warning"
          showIcon
          className="section-alert"
          data-testid="sync-upgrade-required"
          title="需要升级本软件"
          description={status.error}
        />
      )}
      <Card
        size="small"
        title="同步状态"
        className="form-card"
        extra={<SyncNowButton status={status} testId="sync-settings-now" />}
      >
        {status !== undefined && (
          <Descriptions size="small" column={2} className="sync-status-list" data-testid="sync-status">
            <Descriptions.Item label="状态">{syncBadgeText(status)}</Descriptions.Item>
            <Descriptions.Item label="中心服务器">
              {status.serverUrl ?? '未接入（单机模式）'}
            </Descriptions.Item>
            <Descriptions.Item label="所属机构">{status.officeName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="上次同步">{chinaDateTime(status.lastSyncAt) ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="待同步">{status.pending} 项</Descriptions.Item>
            <Descriptions.Item label="被拒绝">{status.rejected} 项</Descriptions.Item>
            <Descriptions.Item label="参考数据版本">{status.referenceVersion ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="文件">
              <span data-testid="sync-files">
                {filesText(status.files) ?? '无待传输的文件'}
                {status.files.reason !== null && `；${status.files.reason}`}
              </span>
            </Descriptions.Item>
            {status.error !== null && <Descriptions.Item label="原因">{status.error}</Descriptions.Item>}
          </Descriptions>
        )}
      </Card>
      {status !== undefined && !status.enrolled && (
        <Card size="small" title="接入中心服务器" className="form-card">
          <Alert
            type="info"
            showIcon
            data-testid="sync-standalone-note"
            title="本机在单机模式下建立了数据，不能并入中心服务器"
            description="要让调解组织和仲裁委员会共用中心服务器，请在新安装本软件的电脑上首次启动时选择“连接中心服务器”，用中心服务器上的账号登录；本机的数据仍保留在本机。"
          />
        </Card>
      )}
      {status !== undefined && status.enrolled && (
        <Card size="small" title="重新登录中心服务器" className="form-card">
          <Space orientation="vertical" className="full-width">
            <span>登录过期或设备凭证被停用时，用本设备接入时的账号重新登录；本机未同步的修改不会丢失。</span>
            <EnrolForm />
          </Space>
        </Card>
      )}
      {status?.enrolled === true && isAdmin && (
        <Card size="small" title="退出中心服务器" className="form-card">
          <Space orientation="vertical">
            <span>退出后本机改为单机模式：本机数据保留，但不再上传或接收其他电脑的修改。</span>
            <LeaveButton status={status} />
          </Space>
        </Card>
      )}
      <Card size="small" title="被拒绝的操作" className="form-card">
        <RejectedTable count={status?.rejected ?? 0} />
      </Card>
      {status?.enrolled === true && user.roles.includes('director') && (
        <Card size="small" title="待采纳的操作（操作人已停用或调离）" className="form-card">
          <AdoptionTable />
        </Card>
      )}
      {(isAdmin || user.roles.includes('director')) && <AuditChainCard />}
    </>
  );
}
