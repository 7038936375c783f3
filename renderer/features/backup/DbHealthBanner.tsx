import { Alert } from 'antd';
import { useEffect } from 'react';
import type { StaffRole } from '../../../shared/domain/reference-data';
import { useQuery } from '../../api/use-query';
import { hrefFor } from '../../router/hash-route';
import { healthText } from './backup-display';

/**
 * The app-wide banner when the start-up check found damage or a scheduled backup failed. A large file is still
 * being checked for a while after start, so the status is asked again until there is a verdict.
 */
export function DbHealthBanner({ roles }: { roles: readonly StaffRole[] }) {
  const status = useQuery('health:status', {});
  const { reload } = status;
  const checking = status.data?.health.state === 'checking';
  useEffect(() => {
    if (!checking) return undefined;
    const t = setTimeout(reload, 5000);
    return () => clearTimeout(t);
  }, [checking, reload]);
  if (status.data === undefined) return null;
  const warning = healthText(status.data.health);
  if (warning === null) return null;
  const mayManage = roles.includes('admin') || roles.includes('director');
  return (
    <Alert
      banner
      type={warning.level}
      showIcon
      data-testid="db-health-banner"
      title={
        <>
          {warning.text}。{' '}
          {mayManage ? <a href={hrefFor.backupSettings}>设置 › 备份与恢复</a> : '请联系管理员。'}
        </>
      }
    />
  );
}
