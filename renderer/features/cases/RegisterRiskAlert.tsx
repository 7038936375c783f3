import { Alert } from 'antd';
import { useWatch } from 'react-hook-form';
import { useQuery } from '../../api/use-query';
import { RiskWarningList } from '../../components/RiskWarningList';
import { useDebounced } from '../../components/use-debounced';
import type { RegisterForm } from './register-form-model';
import type { RiskCheckInput } from '../../../shared/contracts/risk.schema';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 风险预警 while a registration is entered: a probable duplicate, the same applicant again, an employer with
 * several open cases, a collective dispute — checked by main against the registered cases as the parties are
 * typed (debounced). It warns and never blocks: a second application can be legitimate.
 */
export function RegisterRiskAlert() {
  const [receivedDate, isCollective, workerCount, parties] = useWatch<
    RegisterForm,
    ['receivedDate', 'isCollective', 'workerCount', 'parties']
  >({ name: ['receivedDate', 'isCollective', 'workerCount', 'parties'] });
  // Debounced as text: a fresh object every render would restart the timer for ever.
  const settled = useDebounced(
    JSON.stringify({
      receivedDate,
      isCollective,
      workerCount: isCollective ? workerCount : null,
      parties: parties
        .filter((p) => p.kind !== 'agent')
        .map((p) => ({
          role: p.role,
          name: p.name.trim(),
          idNumber: p.kind === 'worker' ? p.idNumber.trim() : null,
          creditCode: p.kind === 'employer' ? p.creditCode.trim() : null,
        })),
    }),
    400,
  );
  const input = JSON.parse(settled) as RiskCheckInput;
  const ready =
    ISO_DATE.test(input.receivedDate) &&
    input.parties.some((p) => p.name !== '' || (p.idNumber ?? '') !== '');
  const check = useQuery('risk:check', input, ready);
  const warnings = ready ? (check.data ?? []) : [];
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="form-card"
      data-testid="register-risk"
      title="风险预警"
      description={<RiskWarningList warnings={warnings} />}
    />
  );
}
