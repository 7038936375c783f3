import { verifyAuditChains } from '../admin/verify-audit';
import type { ServerDb } from '../db/types';

/**
 * `verify-audit`: every office's audit chain recomputed; one line per office, naming the first broken link. The
 * exit code is 1 when any chain is broken, so a scheduled check can alert.
 */
export async function runVerifyAudit(db: ServerDb): Promise<{ text: string; ok: boolean }> {
  const reports = await db.tx((q) => verifyAuditChains(q));
  if (reports.length === 0) return { text: '审计记录为空', ok: true };
  const lines = reports.map((r) =>
    r.broken === null
      ? `机构 ${r.officeId}：${r.entries} 条审计记录，链完整`
      : `机构 ${r.officeId}：${r.entries} 条审计记录，第一处断裂在第 ${r.broken.id} 号记录：${r.broken.reason}`,
  );
  return { text: lines.join('\n'), ok: reports.every((r) => r.broken === null) };
}
