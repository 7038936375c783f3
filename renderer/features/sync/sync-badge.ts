import type { SyncState, SyncStatus } from '../../../shared/contracts/sync.schema';

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** 'YYYY-MM-DD HH:mm' in China time (the committee's clock, like every date in the app), or null. */
export function chinaDateTime(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** HH:mm when the last sync was today, otherwise MM-DD HH:mm, so an old success never looks recent. */
function lastSyncText(iso: string | null, nowMs: number): string | null {
  const at = chinaDateTime(iso);
  if (at === null) return null;
  const today = new Date(nowMs + CST_OFFSET_MS).toISOString().slice(0, 10);
  return at.startsWith(today) ? at.slice(11) : at.slice(5);
}

/** The header badge's words for each state (issue 11 item 10). */
export function syncBadgeText(status: SyncStatus, nowMs: number = Date.now()): string {
  const waiting = status.pending > 0 ? ` · 待同步 ${status.pending} 项` : '';
  switch (status.state) {
    case 'standalone':
      return '单机模式';
    case 'offline':
      return `离线${waiting}`;
    case 'syncing':
      return '同步中';
    case 'pending':
      return status.pending > 0 ? `待同步 ${status.pending} 项` : '尚未同步';
    case 'synced': {
      const at = lastSyncText(status.lastSyncAt, nowMs);
      return at === null ? '已同步' : `已同步 · 上次同步 ${at}`;
    }
    case 'error':
      return `同步出错：${status.error ?? '原因未知'}`;
    case 'signin_required':
      return '需要重新登录';
    case 'upgrade_required':
      return status.pending > 0 ? `需要升级 · 暂存 ${status.pending} 项` : '需要升级';
  }
}

export type BadgeTone = 'default' | 'processing' | 'success' | 'warning' | 'error';

/** antd Badge status per state: grey standalone, blue busy, green done, amber waiting, red needs a person. */
export const SYNC_TONE: Readonly<Record<SyncState, BadgeTone>> = {
  standalone: 'default',
  offline: 'warning',
  syncing: 'processing',
  pending: 'warning',
  synced: 'success',
  error: 'error',
  signin_required: 'error',
  upgrade_required: 'error',
};

/** Why 立即同步 cannot be pressed now (shown as its tooltip), or null when it can. */
export function syncNowDisabledReason(status: SyncStatus): string | null {
  if (!status.enrolled || status.state === 'standalone') return '本机未接入中心服务器（单机模式），无需同步';
  if (status.state === 'syncing') return '正在同步，请稍候';
  if (status.state === 'upgrade_required') return '中心服务器要求先升级本软件';
  return null;
}

/** The badge's tooltip: the reason of a failure, then where it syncs to and when it last did. */
export function syncBadgeTooltip(status: SyncStatus): string {
  const lines: string[] = [];
  if (status.error !== null) lines.push(status.error);
  if (status.state === 'standalone') lines.push('本机数据只保存在本机；可在 设置 › 同步设置 接入中心服务器');
  if (status.serverUrl !== null) lines.push(`中心服务器：${status.serverUrl}`);
  const at = chinaDateTime(status.lastSyncAt);
  if (at !== null) lines.push(`上次同步：${at}`);
  if (status.pending > 0) lines.push(`待上传的修改：${status.pending} 项`);
  if (status.rejected > 0) lines.push(`被中心服务器拒绝：${status.rejected} 项`);
  const files = filesText(status.files);
  if (files !== null) lines.push(files);
  if (status.files.reason !== null) lines.push(status.files.reason);
  return lines.join('\n');
}

/** Files still to transfer, and how many failed last time (their entries wait for them), or null for none. */
export function filesText(f: SyncStatus['files']): string | null {
  if (f.waiting === 0) return null;
  return f.failed > 0
    ? `待传输的文件：${f.waiting} 个（${f.failed} 个失败，将自动重试）`
    : `待传输的文件：${f.waiting} 个`;
}
