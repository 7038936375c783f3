import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { defaultWorkloadPeriod } from '../../../shared/assignment';
import { todayInChina } from '../../../shared/util/clock';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { XlsxExportButton } from '../../components/XlsxExportButton';
import { WorkloadTable, type WorkloadSort } from './WorkloadTable';

type Period = { from: string; to: string };

const caption = (today: string, p: Period) =>
  `在办、期限与代办计入A角和B角，截至 ${today}；结案按作出裁决或调解的仲裁员计入（合议庭每名仲裁员各计一件，首席/独任另列），统计 ${p.from} 至 ${p.to} 结案的案件。点击列标题排序。`;

/**
 * 工作量: open cases (weighted, as A角 and B角), deadlines due and overdue, and cover given — as of today — and the
 * cases closed in the chosen period (default: this year), credited to the arbitrators who decided them. Every
 * column header names the days it covers.
 */
export function WorkloadReport() {
  const [period, setPeriod] = useState<Period>(() => defaultWorkloadPeriod(todayInChina()));
  const report = useQuery('workload:report', period);
  const [sort, setSort] = useState<WorkloadSort>({ field: 'openWeighted', dir: 'desc' });
  const periods = report.data?.periods;
  return (
    <div data-testid="workload-report">
      <Space className="workload-toolbar" wrap>
        <span>结案统计期间</span>
        <DatePicker.RangePicker
          aria-label="结案统计期间"
          data-testid="workload-period"
          format="YYYY-MM-DD"
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(_dates, [from, to]) => {
            if (from !== '' && to !== '') setPeriod({ from, to });
          }}
        />
        <Button icon={<ReloadOutlined />} onClick={report.reload} data-testid="workload-reload">
          刷新
        </Button>
        <XlsxExportButton channel="workload:xlsx" period={period} label="导出" testId="workload-export" />
      </Space>
      <Typography.Paragraph type="secondary" data-testid="workload-caption">
        {caption(periods?.today ?? todayInChina(), period)}
      </Typography.Paragraph>
      {report.error !== undefined && (
        <Alert type="error" showIcon title={errorText(report.error)} className="section-alert" />
      )}
      <WorkloadTable
        rows={report.data?.rows ?? []}
        periods={periods}
        loading={report.loading}
        sort={sort}
        onSort={setSort}
      />
    </div>
  );
}
