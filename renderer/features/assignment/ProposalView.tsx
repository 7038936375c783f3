import { Alert, Button, Col, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Proposal } from '../../../shared/assignment';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { AlternativesTable } from './AlternativesTable';

type Props = {
  caseId: string;
  proposal: Proposal;
  staffName: (id: string) => string;
  onAssigned: (warnings: readonly string[]) => void;
  onOverride: () => void;
};

/** The system's proposed A角/B角 with its reason and the other eligible people; 采纳建议 or 调整. */
export function ProposalView({ caseId, proposal, staffName, onAssigned, onOverride }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!proposal.ok)
    return (
      <div className="assignment-block" data-testid="assignment-proposal">
        <Alert type="warning" showIcon title={proposal.error} data-testid="assignment-proposal-error" />
        {proposal.excluded.length > 0 && (
          <ul className="assignment-lines">
            {proposal.excluded.map((x) => (
              <li key={x.staffId}>
                {x.name}：{x.reasons.join('；')}
              </li>
            ))}
          </ul>
        )}
        <Button onClick={onOverride} data-testid="assignment-override">
          调整（自行指定）
        </Button>
      </div>
    );

  const accept = async () => {
    setBusy(true);
    setError(null);
    const r = await call('assignment:assign', {
      caseId,
      a: proposal.a,
      b: proposal.b,
      kind: 'proposal',
      reason: proposal.reason.slice(0, 500),
    });
    setBusy(false);
    if (r.ok) onAssigned(r.value.warnings);
    else setError(errorText(r.error));
  };

  return (
    <div className="assignment-block" data-testid="assignment-proposal">
      <Typography.Paragraph>
        建议：A角（承办）<strong data-testid="assignment-proposal-a">{staffName(proposal.a)}</strong>
        ，B角（协办）
        <strong data-testid="assignment-proposal-b">{staffName(proposal.b)}</strong>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" data-testid="assignment-proposal-reason">
        {proposal.reason}
      </Typography.Paragraph>
      {proposal.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="section-alert"
          title={proposal.warnings.map((w) => w.message).join('；')}
        />
      )}
      {error !== null && (
        <Alert type="error" showIcon title={error} className="section-alert" data-testid="assignment-error" />
      )}
      <Row gutter={16} data-testid="assignment-alternatives">
        <Col xs={24} lg={12}>
          <AlternativesTable
            title="可任A角"
            rows={proposal.alternatives.asA}
            chosen={proposal.a}
            testId="assignment-alternatives-a"
          />
        </Col>
        <Col xs={24} lg={12}>
          <AlternativesTable
            title="可任B角（与建议A角搭配）"
            rows={proposal.alternatives.asB}
            chosen={proposal.b}
            testId="assignment-alternatives-b"
          />
        </Col>
      </Row>
      <Space className="assignment-actions">
        <Button type="primary" loading={busy} onClick={() => void accept()} data-testid="assignment-accept">
          采纳建议
        </Button>
        <Button
          onClick={() => {
            setError(null);
            onOverride();
          }}
          data-testid="assignment-override"
        >
          调整
        </Button>
      </Space>
    </div>
  );
}
