import { Alert, Card, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { ApplicantSheetForm } from './ApplicantSheetForm';
import { ClaimChecksView } from './ClaimChecksView';
import { ComparisonView } from './ComparisonView';
import { FindingsSheetForm } from './FindingsSheetForm';
import { RespondentSheetForm } from './RespondentSheetForm';
import { TemplateTabs } from './TemplateTabs';
import './elements.css';

type Tab = 'applicant' | 'respondent' | 'compare' | 'findings' | 'check';
const isTab = (k: string): k is Tab =>
  ['applicant', 'respondent', 'compare', 'findings', 'check'].includes(k);

/**
 * 要素式办案 on the case page (reference §3): the applicant's and the respondent's 要素表 per template, their
 * comparison with the 争议焦点 and a printable 庭审提纲, the tribunal's findings on the disputed elements, and each
 * money claim checked against the statutory standard.
 */
export function ElementsSection({ caseId, caseTitle }: { caseId: string; caseTitle: string }) {
  const view = useQuery('elements:case', { id: caseId });
  const [tab, setTab] = useState<Tab>('applicant');
  const v = view.data;
  const reload = view.reload;

  return (
    <div className="elements-section" data-testid="elements-section">
      <Card size="small" className="form-card" title="要素式办案">
        {view.error !== undefined && (
          <Alert type="error" showIcon className="section-alert" title={errorText(view.error)} />
        )}
        {v === undefined ? (
          view.loading && <Spin />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(k) => isTab(k) && setTab(k)}
            items={[
              {
                key: 'applicant',
                label: <span data-testid="elements-tab-applicant">申请人要素表</span>,
                children: (
                  <TemplateTabs
                    prefix="applicant"
                    templates={v.templates}
                    active={tab === 'applicant'}
                    render={(t, active) => (
                      <ApplicantSheetForm
                        key={`${t.id}@${t.version}`}
                        caseId={caseId}
                        template={t}
                        templates={v.templates}
                        sheets={v.sheets}
                        active={active}
                        onSaved={reload}
                      />
                    )}
                  />
                ),
              },
              {
                key: 'respondent',
                label: <span data-testid="elements-tab-respondent">被申请人要素表</span>,
                children: (
                  <TemplateTabs
                    prefix="respondent"
                    templates={v.templates}
                    active={tab === 'respondent'}
                    render={(t, active) => (
                      <RespondentSheetForm
                        key={`${t.id}@${t.version}`}
                        caseId={caseId}
                        template={t}
                        sheets={v.sheets}
                        active={active}
                        onSaved={reload}
                      />
                    )}
                  />
                ),
              },
              {
                key: 'compare',
                label: <span data-testid="elements-tab-compare">比对与争议焦点</span>,
                children: <ComparisonView view={v} caseTitle={caseTitle} />,
              },
              {
                key: 'findings',
                label: <span data-testid="elements-tab-findings">裁判认定</span>,
                children: (
                  <TemplateTabs
                    prefix="findings"
                    templates={v.templates}
                    active={tab === 'findings'}
                    render={(t, active) => (
                      <FindingsSheetForm
                        key={`${t.id}@${t.version}`}
                        caseId={caseId}
                        template={t}
                        comparison={v.comparisons.find((c) => c.templateId === t.id)}
                        sheets={v.sheets}
                        active={active}
                        onSaved={reload}
                      />
                    )}
                  />
                ),
              },
              {
                key: 'check',
                label: <span data-testid="elements-tab-check">请求核算</span>,
                children: <ClaimChecksView view={v} />,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
