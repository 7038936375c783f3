import { Alert, App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';

type Props = { user: SessionUser };

/**
 * 设置 › 安全: after how many idle minutes every desktop of the committee locks (issue 15 item 3). Everyone sees
 * it; only an administrator changes it (main refuses anyone else). A window already open takes the new value at
 * its next check, within half a minute.
 */
export function IdleLockSettings({ user }: Props) {
  const { message } = App.useApp();
  const state = useQuery('auth:lockState', {});
  const [minutes, setMinutes] = useState<number | null>(null);
  const isAdmin = user.roles.includes('admin');

  const save = async () => {
    if (minutes === null) return;
    const r = await call('idleLock:set', { idleMinutes: minutes });
    if (r.ok) void message.success(`已保存：空闲 ${minutes} 分钟后锁定`);
    else void message.error(errorText(r.error));
    state.reload();
  };

  if (state.error !== undefined) return <Alert type="error" showIcon title={errorText(state.error)} />;
  return (
    <Card size="small" title="空闲锁定" className="form-card">
      <Space orientation="vertical">
        <Space>
          <span>无键盘和鼠标操作</span>
          <InputNumber
            min={1}
            max={240}
            precision={0}
            disabled={!isAdmin}
            value={minutes ?? state.data?.idleMinutes ?? null}
            onChange={(v) => setMinutes(typeof v === 'number' ? v : null)}
            data-testid="idle-minutes"
          />
          <span>分钟后锁定，需输入当前用户的密码才能继续</span>
          {isAdmin && (
            <Button onClick={() => void save()} disabled={minutes === null} data-testid="idle-minutes-save">
              保存
            </Button>
          )}
        </Space>
        <Typography.Text type="secondary">
          操作系统锁屏或休眠时也会立即锁定。锁定不会关闭正在办理的页面，未保存的内容在解锁后仍在。
          {isAdmin ? '' : '只有系统管理员可以修改此设置。'}
        </Typography.Text>
      </Space>
    </Card>
  );
}
