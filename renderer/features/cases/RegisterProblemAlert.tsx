import { Alert } from 'antd';
import type { FieldIssue } from '../../../shared/result';

export type Problem =
  { kind: 'client' } | { kind: 'server'; issues: FieldIssue[] } | { kind: 'error'; text: string };

type Props = { problem: Problem; liveErrorCount: number };

/** The summary above the register form: what blocked the last save. Field messages sit under each field. */
export function RegisterProblemAlert({ problem, liveErrorCount }: Props) {
  if (problem.kind === 'client') {
    // Counted live, so the banner disappears as the clerk fixes the fields.
    if (liveErrorCount === 0) return null;
    return (
      <Alert
        type="error"
        showIcon
        data-testid="register-errors"
        title={`有 ${liveErrorCount} 处需要修正，请查看标红的项目`}
      />
    );
  }
  if (problem.kind === 'error')
    return <Alert type="error" showIcon data-testid="register-errors" title={problem.text} />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="register-errors"
      title={`提交未通过校验（${problem.issues.length} 处）`}
      description={
        <ul className="issue-list">
          {problem.issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>{i.message}</li>
          ))}
        </ul>
      }
    />
  );
}
