import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { auditChainText } from './audit-chain-text';

/**
 * 核对本机审计记录 (administrators and directors): recomputes the local audit trail's hash chain, so an edit,
 * removal or insertion made behind the app's back is found and named.
 */
export function AuditChainCard() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    const r = await call('audit:verify', {});
    setBusy(false);
    setResult(
      r.ok
        ? { ok: r.value.broken === null, text: auditChainText(r.value) }
        : { ok: false, text: errorText(r.error) },
    );
  };
  return (
    <Card size="small" title="本机审计记录" className="form-card">
      <Space orientation="vertical" className="full-width">
        <span>每条审计记录都带有前一条记录的摘要；核对时逐条重算，发现被改动、删除或插入的记录。</span>
        <Button onClick={() => void run()} loading={busy} data-testid="audit-verify">
          核对审计记录
        </Button>
        {result !== null && (
          <Alert
            type={result.ok ? 'success' : 'error'}
            showIcon
            title={result.text}
            data-testid="audit-verify-result"
          />
        )}
      </Space>
    </Card>
  );
}
