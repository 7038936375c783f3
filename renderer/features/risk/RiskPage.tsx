import { Alert, App, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { RiskWarningList } from '../../components/RiskWarningList';
import { hrefFor } from '../../router/hash-route';
import type { RiskDashboardRow } from '../../../shared/contracts/risk.schema';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import type { RiskSettings } from '../../../shared/risk/risk-settings';

/**
 * 风险预警: every open case main flags (shared/risk), collective disputes first, each with what was found and a
 * link to the case; a director or administrator sets the duplicate window and the open-case threshold here.
 */
export function RiskPage({ user }: { user: SessionUser }) {
  const dash = useQuery('risk:dashboard', {});
  const editable = user.roles.includes('director') || user.roles.includes('admin');
  return (
    <div data-testid="risk-page">
      <div className="page-header">
        <Typography.Title level={3}>风险预警</Typography.Title>
      </div>
      {dash.error !== undefined && <Alert type="error" showIcon title={errorText(dash.error)} />}
      {dash.data !== undefined && editable && (
        <SettingsForm
          key={JSON.stringify(dash.data.settings)}
          settings={dash.data.settings}
          onSaved={dash.reload}
        />
      )}
      <Table<RiskDashboardRow>
        size="small"
        rowKey="caseId"
        loading={dash.loading}
        dataSource={dash.data?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无需要预警的未结案件' }}
        data-testid="risk-table"
        columns={[
          {
            title: '案号',
            key: 'caseNo',
            render: (_v, r) => (
              <Space size={4}>
                <a href={hrefFor.case(r.caseId)}>{r.caseNo}</a>
                {r.collective && (
                  <Tag color="purple">集体争议{r.workerCount === null ? '' : `（${r.workerCount}人）`}</Tag>
                )}
              </Space>
            ),
          },
          { title: '收件日期', dataIndex: 'receivedDate', width: 110 },
          { title: '申请人', dataIndex: 'applicants', ellipsis: true },
          { title: '被申请人', dataIndex: 'respondents', ellipsis: true },
          { title: '预警', key: 'warnings', render: (_v, r) => <RiskWarningList warnings={r.warnings} /> },
        ]}
      />
    </div>
  );
}

function SettingsForm({ settings, onSaved }: { settings: RiskSettings; onSaved: () => void }) {
  const { message } = App.useApp();
  const [value, setValue] = useState(settings);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    const r = await call('risk:setSettings', value);
    if (!r.ok) return setFailure(errorText(r.error));
    setFailure(null);
    void message.success('风险预警设置已保存');
    onSaved();
  };
  return (
    <Card size="small" className="form-card" title="预警设置">
      <Space wrap>
        <span>
          疑似重复登记：同一身份证号码与同一用人单位在{' '}
          <InputNumber
            min={1}
            max={365}
            value={value.duplicateWindowDays}
            onChange={(v) => setValue({ ...value, duplicateWindowDays: v ?? 1 })}
            data-testid="risk-window"
          />{' '}
          日内
        </span>
        <span>
          同一用人单位未结案件达到{' '}
          <InputNumber
            min={2}
            max={100}
            value={value.employerOpenCases}
            onChange={(v) => setValue({ ...value, employerOpenCases: v ?? 2 })}
            data-testid="risk-threshold"
          />{' '}
          件
        </span>
        <Button onClick={() => void save()} data-testid="risk-settings-save">
          保存
        </Button>
      </Space>
      {failure !== null && <Alert type="error" showIcon title={failure} />}
    </Card>
  );
}
