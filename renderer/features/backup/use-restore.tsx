import { App } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { BackupView } from '../../../shared/contracts/backup.schema';
import { restoreWarning } from './backup-display';

/**
 * 恢复 with its confirmation. After the core has put the backup in place it opens again (the browser host at once,
 * the desktop app by relaunching), so the page reloads onto the restored file and everyone signs in again.
 */
export function useRestore(channel: 'backup:restore' | 'recovery:restore') {
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const restore = (b: BackupView) =>
    modal.confirm({
      title: '从备份恢复？',
      content: <span data-testid="restore-warning">{restoreWarning(b)}</span>,
      okText: '确认恢复',
      okButtonProps: { danger: true, 'data-testid': 'restore-confirm' },
      cancelText: '取消',
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        setBusy(`restore:${b.name}`);
        const r = await call(channel, { name: b.name, confirmed: true });
        setBusy(null);
        if (!r.ok) return void message.error(errorText(r.error));
        void message.success('已恢复，正在重新打开…');
        window.location.reload();
      },
    });
  return { restore, busy };
}
