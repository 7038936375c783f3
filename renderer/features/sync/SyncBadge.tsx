import { Badge, Button, Space, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import { SYNC_TONE, syncBadgeText, syncBadgeTooltip } from './sync-badge';
import { useSyncStatus } from './sync-status-store';
import { SyncNowButton } from './SyncNowButton';
import './sync.css';

/** Re-renders once a minute so 上次同步 HH:mm turns into a date after midnight without a new status. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/**
 * The sync state, always visible in the header (issue 11 item 10): the state in words with its reason as a
 * tooltip, the count of refused changes when there are any, and 立即同步. Clicking the state opens 同步设置.
 */
export function SyncBadge() {
  const { status, error } = useSyncStatus();
  const now = useMinuteClock();
  const open = () => void navigate(hrefFor.syncSettings);
  if (status === undefined) {
    return error === undefined ? null : (
      <Tag color="error" data-testid="sync-badge">
        同步状态不可用
      </Tag>
    );
  }
  return (
    <Space size="small" data-testid="sync-area">
      <Tooltip title={<span className="sync-tooltip">{syncBadgeTooltip(status)}</span>}>
        <Button
          type="text"
          size="small"
          className="sync-badge"
          onClick={open}
          data-testid="sync-badge"
          data-state={status.state}
        >
          <Badge status={SYNC_TONE[status.state]} text={syncBadgeText(status, now)} />
        </Button>
      </Tooltip>
      {status.rejected > 0 && (
        <Tag color="error" className="sync-rejected-tag" onClick={open} data-testid="sync-rejected-count">
          {status.rejected} 项被拒绝
        </Tag>
      )}
      <SyncNowButton status={status} testId="sync-now" size="small" />
    </Space>
  );
}
