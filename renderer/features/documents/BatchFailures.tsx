import { Alert, Button } from 'antd';
import { navigate } from '../../router/navigation';
import { whereLabel, type MissingFact } from './document-display';

export type BatchFailure = {
  caseId: string;
  templateId: string;
  missing: readonly MissingFact[];
  message?: string;
};

type Props = {
  failures: readonly BatchFailure[];
  /** '示劳劳人仲案字〔2026〕第1号' for a case id, '开庭通知书' for a template id. */
  caseName: (caseId: string) => string;
  templateName: (templateId: string) => string;
  title: string;
  testId: string;
};

/** The documents a batch (or a merged print) left out, each with its missing facts and where to enter them. */
export function BatchFailures({ failures, caseName, templateName, title, testId }: Props) {
  return (
    <Alert
      type="warning"
      showIcon
      className="section-alert"
      data-testid={testId}
      title={title}
      description={
        <ul className="doc-missing-list">
          {failures.map((f, i) => (
            <li
              key={`${f.caseId}|${f.templateId}|${i}`}
              data-testid="batch-failed-item"
              data-case-id={f.caseId}
            >
              {caseName(f.caseId)} · {templateName(f.templateId)}：
              {f.missing.length === 0
                ? (f.message ?? '无法生成')
                : f.missing.map((m) => (
                    <span key={`${m.fact}|${m.where}`}>
                      {m.fact}
                      <Button
                        type="link"
                        size="small"
                        href={m.where}
                        onClick={(e) => {
                          e.preventDefault();
                          void navigate(m.where);
                        }}
                      >
                        去{whereLabel(m.where)}填写
                      </Button>
                    </span>
                  ))}
            </li>
          ))}
        </ul>
      }
    />
  );
}
