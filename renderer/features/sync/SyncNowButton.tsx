import { SyncOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { SyncStatus } from '../../../shared/contracts/sync.schema';
import { syncNowDisabledReason } from './sync-badge';
import { publishSyncStatus } from './sync-status-store';

type Props = { status: SyncStatus | undefined; testId: string; size?: 'small' | 'middle' };

/** 立即同步: one round now. Disabled with the reason as its tooltip when there is nothing it could do. */
export function SyncNowButton({ status, testId, size = 'middle' }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const reason = status === undefined ? '正在读取同步状态' : syncNowDisabledReason(status);

  const run = async () => {
    setBusy(true);
    const r = await call('sync:now', {});
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    publishSyncStatus(r.value);
    if (r.value.error !== null) void message.warning(r.value.error);
  };

  const button = (
    <Button
      size={size}
      icon={<SyncOutlined spin={busy} />}
      disabled={reason !== null}
      loading={busy}
      onClick={() => void run()}
      data-testid={testId}
    >
      立即同步
    </Button>
  );
  // A disabled button fires no mouse events; the span carries the tooltip (and the reason for screen readers).
  return reason === null ? (
    button
  ) : (
    <Tooltip title={reason}>
      <span aria-label={reason} data-testid={`${testId}-reason`} data-reason={reason}>
        {button}
      </span>
    </Tooltip>
  );
}
