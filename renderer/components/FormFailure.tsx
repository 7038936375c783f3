import { Alert } from 'antd';

/** The one sentence above a form when the server refused it for a reason no single field carries. */
export function FormFailure({ text, testId }: { text: string | null; testId: string }) {
  if (text === null) return null;
  return <Alert type="error" showIcon title={text} className="section-alert" data-testid={testId} />;
}
