import { Alert, Button } from 'antd';
import { getHash, navigate } from '../../router/navigation';
import { missingTarget, whereLabel, type MissingFact, type TemplateInfo } from './document-display';

type Props = {
  missing: readonly MissingFact[];
  template: TemplateInfo | undefined;
  /** Focus a document option's field (a missing option is chosen right above the alert). */
  onOption: (key: string) => void;
};

function goTo(href: string): void {
  // A fact of this very case: the case page is already open, so bring its top (procedure, facts) into view.
  if (href === getHash()) document.querySelector('[data-testid="case-page"]')?.scrollIntoView();
  else void navigate(href);
}

/** Why no document was produced: every missing fact, each with a link to where it is entered. */
export function MissingFactsAlert({ missing, template, onOption }: Props) {
  return (
    <Alert
      type="warning"
      showIcon
      className="section-alert"
      data-testid="doc-missing"
      title={`缺少 ${missing.length} 项必要信息，未生成文书（文书不会留空）`}
      description={
        <ul className="doc-missing-list">
          {missing.map((m) => {
            const target = missingTarget(m, template);
            return (
              <li key={`${m.fact}|${m.where}`} data-testid="doc-missing-fact" data-where={m.where}>
                <span>{m.fact}</span>
                {target.kind === 'option' ? (
                  <Button type="link" size="small" onClick={() => onOption(target.key)}>
                    在上方选择
                  </Button>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    href={target.href}
                    data-testid="doc-missing-link"
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(target.href);
                    }}
                  >
                    去{whereLabel(target.href)}填写
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
