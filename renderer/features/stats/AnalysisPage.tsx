import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { defaultWorkloadPeriod } from '../../../shared/assignment';
import { coverageText } from '../../../shared/stats';
import { todayInChina } from '../../../shared/util/clock';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { CaseDrillDown } from './CaseDrillDown';
import type { Drill } from './drill';
import { OfficialTableView } from './OfficialTableView';
import { RatesView } from './RatesView';
import { StatsCharts } from './StatsCharts';
import { XlsxExportButton } from '../../components/XlsxExportButton';
import { periodTitle } from './stats-display';
import './stats.css';

type Period = { from: string; to: string };

/**
 * 统计分析 (directors): the official table for a period (default: this year to date), the rates with their
 * definitions, the charts, and every figure opening its cases. The page says which data it covers and as of when.
 */
export function AnalysisPage() {
  const [period, setPeriod] = useState<Period>(() => defaultWorkloadPeriod(todayInChina()));
  const view = useQuery('stats:official', period);
  const [drill, setDrill] = useState<Drill | null>(null);
  const v = view.data;
  return (
    <div className="analysis-page" data-testid="page-analysis">
      <div className="page-header">
        <Typography.Title level={3}>统计分析</Typography.Title>
      </div>
      <Space className="stats-toolbar no-print" wrap>
        <span>统计期间</span>
        <DatePicker.RangePicker
          aria-label="统计期间"
          data-testid="stats-period"
          format="YYYY-MM-DD"
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(_dates, [from, to]) => {
            if (from !== '' && to !== '') setPeriod({ from, to });
          }}
        />
        <Button icon={<ReloadOutlined />} onClick={view.reload} data-testid="stats-reload">
          刷新
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="stats-print">
          打印
        </Button>
        <XlsxExportButton channel="stats:xlsx" period={period} label="导出 Excel" testId="stats-export" />
      </Space>
      {view.error !== undefined && (
        <Alert type="error" showIcon title={errorText(view.error)} className="section-alert" />
      )}
      {v === undefined ? (
        view.loading && <Spin />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            className="section-alert"
            data-testid="stats-coverage"
            title={coverageText(v.coverage)}
            description={
              v.definitionsCustom
                ? '比率口径已由本委在“设置 › 统计口径”中调整，见“比率”表的“口径”列。'
                : undefined
            }
          />
          <Card
            size="small"
            title={`劳动人事争议处理情况（${periodTitle(v.period)}）`}
            className="stats-card"
          >
            <OfficialTableView table={v.figures.table} onDrill={setDrill} />
          </Card>
          <Card size="small" title="比率" className="stats-card">
            <RatesView figures={v.figures} onDrill={setDrill} />
          </Card>
          <Card size="small" title="图表" className="stats-card">
            <StatsCharts view={v} onDrill={setDrill} />
          </Card>
          <CaseDrillDown drill={drill} cases={v.cases} onClose={() => setDrill(null)} />
        </>
      )}
    </div>
  );
}
