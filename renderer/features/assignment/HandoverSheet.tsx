import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { handoverLines, type HistoryEntry } from './assignment-display';

type Props = { entry: HistoryEntry; mayConfirm: boolean; onConfirmed: () => void };

/** The 案件交接单 of a reassignment, waiting for the new A角 to confirm receipt. */
export function HandoverSheet({ entry, mayConfirm, onConfirmed }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lines = handoverLines(entry.handover) ?? [];

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const r = await call('assignment:confirmHandover', { assignmentId: entry.id });
    setBusy(false);
    if (r.ok) onConfirmed();
    else setError(errorText(r.error));
  };

  return (
    <Card
      size="small"
      type="inner"
      title="案件交接单（待确认）"
      className="assignment-block"
      data-testid="assignment-handover"
      extra={
        mayConfirm ? (
          <Button
            type="primary"
            loading={busy}
            onClick={() => void confirm()}
            data-testid="assignment-confirm-handover"
          >
            确认交接
          </Button>
        ) : (
          <Typography.Text type="secondary">待新承办人确认</Typography.Text>
        )
      }
    >
      {error !== null && <Alert type="error" showIcon title={error} className="section-alert" />}
      <pre className="assignment-handover-text" data-testid="assignment-handover-text">
        {lines.join('\n')}
      </pre>
    </Card>
  );
}
