import { Col, Row } from 'antd';
import { useMemo } from 'react';
import type { StatsView } from '../../../shared/contracts/stats.schema';
import { groupsOption, monthlyOption, ratesOption, reasonsOption } from './chart-options';
import { EChart } from './EChart';

/** The five charts: monthly trend, reasons, rates against targets, per handler, per office (station). */
export function StatsCharts({ view }: { view: StatsView }) {
  const options = useMemo(
    () => ({
      monthly: monthlyOption(view.monthly),
      reasons: reasonsOption(view.figures.table),
      rates: ratesOption(view.figures.rates),
      handlers: groupsOption('承办人', view.byHandler),
      offices: groupsOption('办案机构（仲裁委与调解组织）', view.byOffice),
    }),
    [view],
  );
  return (
    <Row gutter={[16, 16]} data-testid="stats-charts">
      <Col xs={24} lg={12}>
        <EChart option={options.monthly} testId="chart-monthly" />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={options.reasons} testId="chart-reasons" />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={options.rates} testId="chart-rates" />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={options.handlers} testId="chart-handlers" />
      </Col>
      <Col xs={24}>
        <EChart option={options.offices} testId="chart-offices" />
      </Col>
    </Row>
  );
}
