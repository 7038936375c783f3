import { Card, Empty, Typography } from 'antd';
import type { ElementsCaseView } from '../../../shared/contracts/elements.schema';
import { ComparisonTable } from './ComparisonTable';
import { summaryText } from './element-display';
import { HearingOutlineView } from './HearingOutlineView';

type Props = { view: ElementsCaseView; caseTitle: string };

/** 比对与争议焦点: each template's comparison, the 争议焦点 and the printable 庭审提纲. */
export function ComparisonView({ view, caseTitle }: Props) {
  const total = view.comparisons.reduce(
    (s, r) => ({
      agreed: s.agreed + r.summary.agreed,
      disputed: s.disputed + r.summary.disputed,
      notAddressed: s.notAddressed + r.summary.notAddressed,
    }),
    { agreed: 0, disputed: 0, notAddressed: 0 },
  );
  return (
    <div className="elements-compare" data-testid="elements-compare">
      <Typography.Paragraph data-testid="elements-summary">合计：{summaryText(total)}</Typography.Paragraph>
      {view.comparisons.map((r) => (
        <ComparisonTable key={r.templateId} result={r} />
      ))}
      <Card size="small" className="form-card" title="争议焦点">
        {view.focus.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="暂无争议要素"
            data-testid="elements-focus"
          />
        ) : (
          <ol className="el-focus" data-testid="elements-focus">
            {view.focus.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        )}
      </Card>
      <HearingOutlineView outline={view.outline} caseTitle={caseTitle} />
    </div>
  );
}
