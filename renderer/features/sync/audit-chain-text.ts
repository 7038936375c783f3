import type { AuditChainReport } from '../../../shared/contracts/sync.schema';

/** The check's result in one sentence: how many entries were checked, and the first broken link if any. */
export function auditChainText(r: AuditChainReport): string {
  const before = r.unchained > 0 ? `（另有 ${r.unchained} 条早于摘要链的记录）` : '';
  return r.broken === null
    ? `已核对 ${r.entries} 条审计记录，摘要链完整${before}`
    : `第一处断裂在第 ${r.broken.id} 号记录：${r.broken.reason}`;
}
