import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { STAT_REASONS, type Figure, type GroupRow } from '../../../shared/stats';
import type { StatsView } from '../../../shared/contracts/stats.schema';
import { chartedRates, groupsOption, monthlyOption, ratesOption, reasonsOption } from './chart-options';
import type { OnDrill } from './drill';
import { EChart } from './EChart';

const union = (a: Figure, b: Figure): readonly string[] => [...new Set([...a.caseIds, ...b.caseIds])];

/** The figure behind a bar or line point of a per-group chart (series: 受理, 结案, 调解成功率, 仲裁结案率). */
function groupPick(
  rows: readonly GroupRow[],
  series: number,
  index: number,
): { title: string; caseIds: readonly string[] } | null {
  const r = rows[index];
  if (r === undefined) return null;
  if (series === 0) return { title: `${r.label}·受理`, caseIds: r.accepted.caseIds };
  if (series === 1) return { title: `${r.label}·结案`, caseIds: union(r.closed, r.stationClosed) };
  const rate = series === 2 ? r.rates.mediationSuccess : r.rates.arbitrationClosing;
  return { title: `${r.label}·${rate.label}的分子`, caseIds: rate.numerator.caseIds };
}

/**
 * The five charts: monthly trend, reasons, rates against targets, per handler, per office (station). A click on
 * a bar, point or slice opens the cases behind it, like a figure of the table.
 */
export function StatsCharts({ view, onDrill }: { view: StatsView; onDrill: OnDrill }) {
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
  const picks = useMemo(() => {
    const open = (d: { title: string; caseIds: readonly string[] } | null) => {
      if (d !== null && d.caseIds.length > 0) onDrill(d);
    };
    const SERIES = ['受理', '结案', '案外调解成功'] as const;
    return {
      monthly: (series: number, index: number) => {
        const m = view.monthly[index];
        const key = (['accepted', 'closed', 'stationMediated'] as const)[series];
        if (m !== undefined && key !== undefined)
          open({ title: `${m.month}·${SERIES[series] ?? ''}`, caseIds: m[key].caseIds });
      },
      reasons: (_series: number, index: number) => {
        const reason = STAT_REASONS[index];
        if (reason !== undefined)
          open({ title: `受理·${reason}`, caseIds: view.figures.table.byReason[reason].caseIds });
      },
      rates: (_series: number, index: number) => {
        const id = chartedRates(view.figures.rates)[index];
        if (id !== undefined)
          open({
            title: `${view.figures.rates[id].label}的分子`,
            caseIds: view.figures.rates[id].numerator.caseIds,
          });
      },
      handlers: (series: number, index: number) => open(groupPick(view.byHandler, series, index)),
      offices: (series: number, index: number) => open(groupPick(view.byOffice, series, index)),
    };
  }, [view, onDrill]);
  return (
    <Row gutter={[16, 16]} data-testid="stats-charts">
      <Col xs={24} lg={12}>
        <EChart option={options.monthly} testId="chart-monthly" onPick={picks.monthly} />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={options.reasons} testId="chart-reasons" onPick={picks.reasons} />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={options.rates} testId="chart-rates" onPick={picks.rates} />
      </Col>
      <Col xs={24} lg={12}>
        <EChart option={options.handlers} testId="chart-handlers" onPick={picks.handlers} />
      </Col>
      <Col xs={24}>
        <EChart option={options.offices} testId="chart-offices" onPick={picks.offices} />
      </Col>
    </Row>
  );
}
