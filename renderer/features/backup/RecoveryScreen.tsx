import { Alert, Button, Card, Result } from 'antd';
import { useQuery } from '../../api/use-query';
import { errorText } from '../../api/errors';
import { BackupTable } from './BackupTable';
import { useRestore } from './use-restore';

/**
 * Shown in place of everything when a call found the database file damaged (DB_CORRUPT): what happened and the
 * backups to restore from, without signing in — the database that would say who may is the damaged one, and
 * the startup dialog of the desktop app makes the same offer. The current file is kept aside, never deleted.
 */
export function RecoveryScreen() {
  const status = useQuery('health:status', {});
  const { restore, busy } = useRestore('recovery:restore');
  const backups = status.data?.backups ?? [];
  return (
    <div className="recovery-screen" data-testid="recovery-screen">
      <Result
        status="error"
        title="数据库文件已损坏"
        subTitle={
          status.data?.health.problems[0] !== undefined
            ? `检查结果：${status.data.health.problems[0]}`
            : '本软件在读取数据库时发现文件已损坏，为保护数据已停止继续写入。'
        }
        extra={
          <Button onClick={() => window.location.reload()} data-testid="recovery-retry">
            重新检查
          </Button>
        }
      />
      {status.error !== undefined && status.error.code !== 'DB_CORRUPT' && (
        <Alert type="error" showIcon title={errorText(status.error)} />
      )}
      <Card size="small" title="从备份恢复" className="form-card">
        {backups.length === 0 ? (
          <Alert
            type="warning"
            showIcon
            title="没有找到可用的备份，请联系技术支持。不要删除数据目录中的任何文件。"
          />
        ) : (
          <BackupTable backups={backups} busy={busy} onRestore={(b) => void restore(b)} />
        )}
      </Card>
    </div>
  );
}
