import { listDevices, revokeDevice } from '../admin/devices';
import type { ServerDb } from '../db/types';
import type { DevicesConfig, RevokeDeviceConfig } from './args';

/** `devices` lists the enrolled desktops; `revoke-device --client-id X` cuts one off (a lost laptop). */
export async function runDeviceCommand(
  cfg: DevicesConfig | RevokeDeviceConfig,
  db: ServerDb,
): Promise<string> {
  const now = new Date();
  if (cfg.command === 'revoke-device') {
    const n = await db.tx((q) => revokeDevice(q, cfg.clientId, now));
    return n === 0
      ? `设备 ${cfg.clientId} 没有有效的登录凭证（编号有误或已停用）`
      : `已停用设备 ${cfg.clientId} 的 ${n} 个登录凭证`;
  }
  const rows = await listDevices(db, now);
  if (rows.length === 0) return '尚无接入的设备';
  return rows
    .map(
      (d) =>
        `${d.clientId}\t${d.username}\t机构 ${d.officeId}\t已同步至 #${d.lastMutationId}\t最近 ${d.lastSeen ?? '—'}\t有效凭证 ${d.activeTokens}`,
    )
    .join('\n');
}
