import { Alert, App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { BackupView } from '../../../shared/contracts/backup.schema';
import { BackupTable } from './BackupTable';
import { healthText } from './backup-display';
import { useRestore } from './use-restore';

/**
 * 设置 › 备份与恢复 (directors and administrators; the core refuses anyone else): the backups with their checks,
 * 立即备份, 校验 one copy again, 恢复 after a confirmation, and how many daily and exit backups are kept.
 */
export function BackupSettings() {
  const { message } = App.useApp();
  const list = useQuery('backup:list', {});
  const [busy, setBusy] = useState<string | null>(null);
  const [keep, setKeep] = useState<number | null>(null);
  const { restore, busy: restoring } = useRestore('backup:restore');

  const backupNow = async () => {
    setBusy('create');
    const r = await call('backup:create', {});
    setBusy(null);
    if (r.ok) void message.success('备份已完成并通过校验');
    else void message.error(errorText(r.error));
    list.reload();
  };
  const verify = async (b: BackupView) => {
    setBusy(`verify:${b.name}`);
    const r = await call('backup:verify', { name: b.name });
    setBusy(null);
    if (!r.ok) void message.error(errorText(r.error));
    else if (r.value.check?.ok === true) void message.success('校验通过');
    else void message.error(`校验未通过：${r.value.check?.problems[0] ?? ''}`);
    list.reload();
  };
  const saveKeep = async () => {
    if (keep === null) return;
    const r = await call('backup:setKeep', { keep });
    if (r.ok) void message.success(`已保存：每日与退出时的备份各保留最近 ${r.value.keep} 份`);
    else void message.error(errorText(r.error));
    list.reload();
  };

  if (list.error !== undefined) return <Alert type="error" showIcon title={errorText(list.error)} />;
  const data = list.data;
  const warning = data === undefined ? null : healthText(data.health);
  return (
    <>
      {warning !== null && (
        <Alert type={warning.level} showIcon title={warning.text} className="section-alert" />
      )}
      <Card
        size="small"
        title="备份"
        className="form-card"
        extra={
          <Button
            type="primary"
            loading={busy === 'create'}
            onClick={() => void backupNow()}
            data-testid="backup-now"
          >
            立即备份
          </Button>
        }
      >
        <Space orientation="vertical" className="full-width">
          <Typography.Text type="secondary">
            每天首次启动时和每次退出时自动备份；每份备份写入后都会单独打开并做完整性校验，未通过的会被删除并在此提示。备份保存在：
            <Typography.Text code>{data?.folder ?? '…'}</Typography.Text>
          </Typography.Text>
          <BackupTable
            backups={data?.backups ?? []}
            busy={busy ?? restoring}
            onVerify={(b) => void verify(b)}
            onRestore={(b) => void restore(b)}
          />
        </Space>
      </Card>
      <Card size="small" title="保留份数" className="form-card">
        <Space>
          <span>每日与退出时的自动备份各保留最近</span>
          <InputNumber
            min={1}
            max={90}
            value={keep ?? data?.keep ?? 7}
            onChange={(v) => setKeep(typeof v === 'number' ? v : null)}
            data-testid="backup-keep"
          />
          <span>份（手动备份和升级前、同步前的备份不会自动删除）</span>
          <Button onClick={() => void saveKeep()} disabled={keep === null} data-testid="backup-keep-save">
            保存
          </Button>
        </Space>
      </Card>
    </>
  );
}
