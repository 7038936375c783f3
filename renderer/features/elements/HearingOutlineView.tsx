import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import type { HearingOutline } from '../../../shared/elements';

const PRINTING = 'print-outline';

/** Prints the outline alone: the class limits the print CSS (elements.css) to it while the dialog is open. */
function printOutline(): void {
  document.body.classList.add(PRINTING);
  const done = () => {
    document.body.classList.remove(PRINTING);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // Some hosts print synchronously without an afterprint event.
  setTimeout(done, 1000);
}

/**
 * 庭审提纲: only the disputed elements (examined at the hearing), then those not yet answered (verified at the
 * hearing); the undisputed ones are confirmed directly and only counted.
 */
export function HearingOutlineView({ outline, caseTitle }: { outline: HearingOutline; caseTitle: string }) {
  return (
    <Card
      size="small"
      className="form-card elements-outline"
      data-testid="elements-outline"
      title="庭审提纲"
      extra={
        <Button
          icon={<PrinterOutlined />}
          onClick={printOutline}
          data-testid="elements-print"
          className="no-print"
        >
          打印
        </Button>
      }
    >
      <Typography.Title level={4} className="print-only el-outline-heading">
        {caseTitle} 庭审提纲
      </Typography.Title>
      <Typography.Paragraph>{outline.intro}</Typography.Paragraph>
      {outline.sections.length === 0 && (
        <Typography.Paragraph type="secondary">
          双方对全部要素均无争议，也无未答辩的要素。
        </Typography.Paragraph>
      )}
      {outline.sections.map((section) => (
        <section key={section.kind} data-testid={`el-outline-${section.kind}`} className="el-outline-section">
          <Typography.Title level={5}>{section.heading}</Typography.Title>
          {section.groups.map((g) => (
            <div key={g.heading} className="el-outline-group">
              <Typography.Text strong>{g.heading}</Typography.Text>
              <ol>
                {g.items.map((item) => (
                  <li key={item.key} data-testid="el-outline-item" data-key={item.key}>
                    <div>{item.label}</div>
                    <Typography.Text type="secondary">{item.question}</Typography.Text>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </Card>
  );
}
