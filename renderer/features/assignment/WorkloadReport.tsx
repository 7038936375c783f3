import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { WorkloadExportButton } from './WorkloadExportButton';
import { WorkloadTable, type WorkloadSort } from './WorkloadTable';

/** 工作量: open cases (weighted, as A角 and B角), deadlines due and overdue, closures, cover given today. */
export function WorkloadReport() {
  const report = useQuery('workload:report', {});
  const [sort, setSort] = useState<WorkloadSort>({ field: 'openWeighted', dir: 'desc' });
  return (
    <div data-testid="workload-report">
      <Space className="workload-toolbar" wrap>
        <Button icon={<ReloadOutlined />} onClick={report.reload} data-testid="workload-reload">
          刷新
        </Button>
        <WorkloadExportButton />
        <Typography.Text type="secondary">期限与结案计入A角；点击列标题排序。</Typography.Text>
      </Space>
      {report.error !== undefined && (
        <Alert type="error" showIcon title={errorText(report.error)} className="section-alert" />
      )}
      <WorkloadTable rows={report.data ?? []} loading={report.loading} sort={sort} onSort={setSort} />
    </div>
  );
}
