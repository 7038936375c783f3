// The 统计分析 charts as ECharts options, built from the figures alone (pure, so they are tested without a DOM).

import type { EChartsOption } from 'echarts';
import type { GroupRow, MonthRow, OfficialTable, Rate, RateId } from '../../../shared/stats';
import { RATE_IDS, STAT_REASONS } from '../../../shared/stats';

const percent = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 10);

/** 月度趋势: accepted and closed per month, with the stations' successful mediations. */
export function monthlyOption(months: readonly MonthRow[]): EChartsOption {
  return {
    title: { text: '月度受理与结案', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '受理', type: 'bar', data: months.map((m) => m.accepted.value) },
      { name: '结案', type: 'bar', data: months.map((m) => m.closed.value) },
      { name: '案外调解成功', type: 'line', data: months.map((m) => m.stationMediated.value) },
    ],
  };
}

/** 按争议原因分: the accepted cases by their principal reason. */
export function reasonsOption(table: OfficialTable): EChartsOption {
  return {
    title: { text: '受理案件争议原因', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: STAT_REASONS.map((r) => ({ name: r, value: table.byReason[r].value })),
      },
    ],
  };
}

/** The rates the chart shows, in its order: those with a value or a target. */
export const chartedRates = (rates: Readonly<Record<RateId, Rate>>): RateId[] =>
  RATE_IDS.filter((id) => rates[id].value !== null || rates[id].target !== null);

/** Each rate against its target (a mark where the committee set one). */
export function ratesOption(rates: Readonly<Record<RateId, Rate>>): EChartsOption {
  const ids = chartedRates(rates);
  return {
    title: { text: '主要比率与目标（%）', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: {
      type: 'category',
      data: ids.map((id) => rates[id].label),
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', max: 100 },
    series: [
      { name: '实际', type: 'bar', data: ids.map((id) => percent(rates[id].value)) },
      {
        name: '目标',
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [28, 3],
        data: ids.map((id) => rates[id].target),
      },
    ],
  };
}

/** Per handler or per office: accepted and closed, with 调解成功率 and 仲裁结案率 on a second axis. */
export function groupsOption(title: string, rows: readonly GroupRow[]): EChartsOption {
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: [
      { type: 'value', name: '件', minInterval: 1 },
      { type: 'value', name: '%', max: 100 },
    ],
    series: [
      { name: '受理', type: 'bar', data: rows.map((r) => r.accepted.value) },
      { name: '结案', type: 'bar', data: rows.map((r) => r.closed.value + r.stationClosed.value) },
      {
        name: '调解成功率',
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => percent(r.rates.mediationSuccess.value)),
      },
      {
        name: '仲裁结案率',
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => percent(r.rates.arbitrationClosing.value)),
      },
    ],
  };
}
