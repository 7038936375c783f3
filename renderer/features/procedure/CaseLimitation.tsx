import { Empty, Typography } from 'antd';
import type { LimitationResultView } from '../../../shared/limitation';
import { LIMITATION_NOTE } from '../../components/limitation-display';
import { LimitationResults } from '../../components/LimitationResults';

/** The case page's 仲裁时效: the stored facts checked again for every 案由 of the case (cases:procedure). */
export function CaseLimitation({ results }: { results: readonly LimitationResultView[] }) {
  if (results.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="收件时未填写仲裁时效事实"
        data-testid="case-limitation"
      />
    );
  return (
    <>
      <LimitationResults results={results} testId="case-limitation" />
      <Typography.Paragraph type="secondary" className="limitation-note">
        {LIMITATION_NOTE}
      </Typography.Paragraph>
    </>
  );
}
