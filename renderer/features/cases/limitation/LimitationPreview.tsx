import { Alert, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { isValidIsoDate } from '../../../../shared/validate';
import type { RegisterForm } from '../register-form-model';
import { LIMITATION_NOTE } from '../../../components/limitation-display';
import { hasOtherFacts, limitationChecks } from './limitation-form';
import { LimitationResults } from '../../../components/LimitationResults';
import { useLimitationChecks } from './use-limitation-checks';

/**
 * Beside the facts: the limitation result for each selected 案由, the application day being the 收件日期.
 * It only informs — saving is never blocked, whatever the result.
 */
export function LimitationPreview() {
  const { control } = useFormContext<RegisterForm>();
  const limitation = useWatch({ control, name: 'limitation' });
  const reasons = useWatch({ control, name: 'reasons' });
  const receivedDate = useWatch({ control, name: 'receivedDate' });
  const { inputs, skipped } = useMemo(
    () => limitationChecks(limitation, reasons, receivedDate),
    [limitation, reasons, receivedDate],
  );
  const checks = useLimitationChecks(inputs);

  let body;
  if (limitation.knewOn === '') {
    body = (
      <>
        <Typography.Paragraph type="secondary">
          填写“知道或者应当知道权利被侵害之日”后，按所选案由和收件日期自动计算仲裁时效届满日。
        </Typography.Paragraph>
        {hasOtherFacts(limitation) && (
          <Alert
            type="warning"
            showIcon
            className="section-alert"
            data-testid="limitation-incomplete"
            title="未填写知道或者应当知道权利被侵害之日，本部分的其他内容不会随案件保存"
          />
        )}
      </>
    );
  } else if (reasons.length === 0) {
    body = <Typography.Paragraph type="secondary">请先选择案由，按每项案由分别计算。</Typography.Paragraph>;
  } else if (!isValidIsoDate(receivedDate)) {
    body = <Typography.Paragraph type="secondary">请先填写收件日期（即申请日）。</Typography.Paragraph>;
  } else {
    body = (
      <>
        {checks.error !== null && (
          <Alert
            type="error"
            showIcon
            className="section-alert"
            data-testid="limitation-error"
            title={checks.error}
          />
        )}
        <LimitationResults results={checks.results} testId="limitation-result" />
        {skipped > 0 && (
          <Typography.Paragraph type="secondary" data-testid="limitation-skipped">
            另有 {skipped} 项中断或中止事由尚未填写完整，暂未计入。
          </Typography.Paragraph>
        )}
      </>
    );
  }

  return (
    <div className="limitation-preview" aria-live="polite">
      <div className="limitation-list-title">
        <Typography.Text strong>
          时效计算（申请日 {isValidIsoDate(receivedDate) ? receivedDate : '—'}）
        </Typography.Text>
        {checks.pending && <Spin size="small" />}
      </div>
      {body}
      <Typography.Paragraph type="secondary" className="limitation-note" data-testid="limitation-note">
        {LIMITATION_NOTE}
      </Typography.Paragraph>
    </div>
  );
}
