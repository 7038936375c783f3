import { Alert, Tag, Typography } from 'antd';
import { disputeReasonLabel } from '../../shared/domain/reference-data';
import type { LimitationResultView } from '../../shared/limitation';
import { barDateText, limitationStatusTag } from './limitation-display';

/** One 案由's limitation result: 届满日, a status tag, how it was counted, the articles relied on, and warnings. */
export function LimitationResultRow({ result }: { result: LimitationResultView }) {
  const tag = limitationStatusTag(result.status);
  return (
    <div
      className="limitation-result"
      data-testid={`limitation-result-${result.claimType}`}
      data-status={result.status}
    >
      <div>
        <Typography.Text strong>{disputeReasonLabel(result.claimType)}</Typography.Text>{' '}
        <Tag color={tag.color} data-testid="limitation-status">
          {tag.label}
        </Tag>
        <Typography.Text data-testid="limitation-barDate">届满日 {barDateText(result)}</Typography.Text>
      </div>
      {result.explain.length > 0 && (
        <ul className="limitation-explain">
          {result.explain.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {result.basis.length > 0 && (
        <Typography.Text type="secondary" className="limitation-basis">
          依据：{result.basis.join('；')}
        </Typography.Text>
      )}
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="limitation-warnings"
          data-testid="limitation-warnings"
          title={
            <>
              {result.warnings.map((w, i) => (
                <div key={i}>{w}</div>
              ))}
            </>
          }
        />
      )}
    </div>
  );
}
