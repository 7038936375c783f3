import { Tabs, Typography } from 'antd';
import { WorkloadReport } from './WorkloadReport';
import './assignment.css';

/** 统计: for now the handlers' 工作量 (reference §4); more reports join as further tabs. */
export function StatsPage() {
  return (
    <div className="stats-page" data-testid="page-stats">
      <div className="page-header">
        <Typography.Title level={3}>统计</Typography.Title>
      </div>
      <Tabs
        defaultActiveKey="workload"
        items={[
          {
            key: 'workload',
            label: <span data-testid="stats-tab-workload">工作量</span>,
            children: <WorkloadReport />,
          },
        ]}
      />
    </div>
  );
}
