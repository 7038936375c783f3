import { Alert, App, Button, Checkbox, Modal } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { SyncStatus } from '../../../shared/contracts/sync.schema';
import { publishSyncStatus, refreshSyncStatus } from './sync-status-store';

/**
 * 退出中心服务器, after a confirmation that states how many changes have not been uploaded. With any waiting, the
 * user must tick that they give up uploading them (main refuses otherwise and says how many).
 */
export function LeaveButton({ status }: { status: SyncStatus }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = status.pending;

  const show = () => {
    setForce(false);
    setError(null);
    setOpen(true);
    // The count in the dialog must be the current one, not the last poll's.
    void refreshSyncStatus();
  };
  const leave = async () => {
    setBusy(true);
    const r = await call('sync:leave', { confirm: true, force });
    setBusy(false);
    if (!r.ok) {
      setError(errorText(r.error));
      return;
    }
    publishSyncStatus(r.value);
    setOpen(false);
    void message.success('已退出中心服务器，本机改为单机模式');
  };

  return (
    <>
      <Button danger onClick={show} data-testid="sync-leave">
        退出中心服务器
      </Button>
      <Modal
        open={open}
        title="退出中心服务器"
        okText="退出"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: pending > 0 && !force, 'data-testid': 'sync-leave-confirm' }}
        confirmLoading={busy}
        onOk={() => void leave()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p data-testid="sync-leave-pending" data-pending={pending}>
          {pending > 0
            ? `本机尚有 ${pending} 项修改未上传到中心服务器。退出后它们不会再上传，其他电脑也看不到。`
            : '本机的修改均已上传。'}
        </p>
        <p>退出后本机改为单机模式，本机数据保留；以后可以重新接入。</p>
        {pending > 0 && (
          <Checkbox
            checked={force}
            onChange={(e) => setForce(e.target.checked)}
            data-testid="sync-leave-force"
          >
            我知道这 {pending} 项修改不会上传，仍然退出
          </Checkbox>
        )}
        {error !== null && <Alert type="error" showIcon title={error} className="section-alert" />}
      </Modal>
    </>
  );
}
