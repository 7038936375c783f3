import type { BackupView, DbHealthView } from '../../../shared/contracts/backup.schema';

/** How a backup is named on screen: why it was written, when (China time), how big, whether it passed its check. */
export const KIND_LABEL: Readonly<Record<BackupView['kind'], string>> = {
  daily: '每日自动',
  exit: '退出时自动',
  manual: '手动',
  migration: '升级前',
  sync: '同步前',
  other: '其他',
};

export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function checkText(check: BackupView['check']): { text: string; ok: boolean | null } {
  if (check === null) return { text: '未校验', ok: null };
  return check.ok
    ? { text: `校验通过（${chinaTime(check.at)}）`, ok: true }
    : { text: `校验未通过：${check.problems[0] ?? '文件已损坏'}`, ok: false };
}

/** The banner's sentence, or null when there is nothing to say. */
export function healthText(h: DbHealthView): { level: 'error' | 'warning'; text: string } | null {
  if (h.state === 'damaged')
    return {
      level: 'error',
      text: `启动检查发现数据库文件已损坏（${h.problems[0] ?? '未知问题'}），请尽快从备份恢复`,
    };
  if (h.backupFailure !== null)
    return { level: 'warning', text: `最近一次自动备份失败：${h.backupFailure.message}` };
  return null;
}

/** The confirmation text before a restore: what is replaced and that nothing is deleted. */
export function restoreWarning(b: BackupView): string {
  return `将用 ${chinaTime(b.at)} 的备份（${KIND_LABEL[b.kind]}）替换当前数据库，该备份之后录入的数据将不再显示。当前数据库文件会改名另存保留，不会删除。恢复后本软件将重新打开，所有人需要重新登录。`;
}
