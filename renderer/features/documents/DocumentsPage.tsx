import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { todayInChina } from '../../../shared/util/clock';
import { batchItems, choiceProblems, DEFAULT_BATCH, nextTuesday, type BatchChoice } from './batch-plan';
import { BatchFailures } from './BatchFailures';
import { BatchProgress } from './BatchProgress';
import { BatchTemplatePicker } from './BatchTemplatePicker';
import { HearingCasePicker, type DateRange } from './HearingCasePicker';
import { useBatchJob } from './use-batch-job';
import { useDocumentPrint, type PrintMissing } from './use-document-print';
import './documents.css';

function defaultRange(): DateRange {
  const tuesday = nextTuesday(todayInChina());
  return { from: tuesday, to: tuesday };
}

/**
 * 文书: batch generation for the hearings of a day (e.g. every 开庭通知书 and 送达回证 for next Tuesday) — choose
 * the cases, the documents and their options, then 生成 into one folder with progress and 取消, or 合并打印 all
 * of them as one print job.
 */
export function DocumentsPage() {
  const [range, setRange] = useState<DateRange>(defaultRange);
  const [queried, setQueried] = useState<DateRange>(range);
  const hearings = useQuery('documents:hearings', queried);
  const templates = useQuery('documents:templates', {});
  const [selected, setSelected] = useState<string[]>([]);
  const [choices, setChoices] = useState<BatchChoice[]>(() => DEFAULT_BATCH.map((c) => ({ ...c })));
  const [printMissing, setPrintMissing] = useState<PrintMissing>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const job = useBatchJob();
  const printer = useDocumentPrint();

  const forHearings = useMemo(
    () => (templates.data ?? []).filter((t) => t.kinds.includes('arbitration')),
    [templates.data],
  );
  const rows = hearings.data;
  const chosenCases = selected.filter((id) => rows?.some((r) => r.caseId === id) ?? false);
  const items = batchItems(chosenCases, choices);
  const caseName = (id: string) => rows?.find((r) => r.caseId === id)?.caseNo ?? id;
  const templateName = (id: string) => templates.data?.find((t) => t.id === id)?.title ?? id;

  const query = () => {
    if (queried.from === range.from && queried.to === range.to) hearings.reload();
    else setQueried(range);
  };
  const checked = (): boolean => {
    const found = choiceProblems(choices, forHearings);
    setProblems(found);
    return found.length === 0;
  };
  const start = () => {
    if (checked()) void job.start(items);
  };
  const print = async () => {
    if (!checked()) return;
    setPrintMissing(await printer.print(items));
  };

  return (
    <div className="documents-page" data-testid="page-documents">
      <div className="page-header">
        <Typography.Title level={3}>文书 · 批量生成</Typography.Title>
      </div>
      <Card size="small" className="form-card" title="第一步：选择案件">
        <HearingCasePicker
          range={range}
          onRange={setRange}
          onQuery={query}
          rows={rows}
          loading={hearings.loading}
          error={hearings.error}
          selected={chosenCases}
          onSelect={setSelected}
        />
      </Card>
      <Card size="small" className="form-card" title="第二步：选择文书">
        {templates.error !== undefined && (
          <Alert type="error" showIcon className="section-alert" title={errorText(templates.error)} />
        )}
        {templates.data === undefined ? (
          templates.loading && <Spin />
        ) : (
          <BatchTemplatePicker templates={forHearings} choices={choices} onChange={setChoices} />
        )}
      </Card>
      <Card size="small" className="form-card" title="第三步：生成">
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            className="section-alert"
            data-testid="batch-problems"
            title={problems.join('；')}
          />
        )}
        <Space className="batch-step" wrap>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            disabled={items.length === 0 || job.running}
            loading={job.starting}
            onClick={start}
            data-testid="batch-start"
          >
            生成
          </Button>
          <Button
            icon={<PrinterOutlined />}
            disabled={items.length === 0 || printer.busy !== null}
            loading={printer.busy === 'print'}
            onClick={() => void print()}
            data-testid="batch-print"
          >
            合并打印
          </Button>
          <Typography.Text type="secondary" data-testid="batch-count">
            {chosenCases.length} 件案件，共 {items.length} 份文书
          </Typography.Text>
        </Space>
        {job.status !== null && (
          <BatchProgress
            status={job.status}
            onCancel={() => void job.cancel()}
            caseName={caseName}
            templateName={templateName}
          />
        )}
        {printMissing.length > 0 && (
          <BatchFailures
            failures={printMissing}
            caseName={caseName}
            templateName={templateName}
            title="以下文书缺少必要信息，未打印"
            testId="batch-print-missing"
          />
        )}
      </Card>
    </div>
  );
}
