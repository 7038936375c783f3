// The official table's columns in the yearbook order (reference §6), as data: the 统计分析 page and the .xlsx
// export both render from this list, so the two can never disagree on what a column holds.

import type { Figure } from './figure';
import type { OfficialTable } from './official-statistics';

export type TableColumn = {
  readonly key: string;
  /** The header group (merged above its columns); equal to `label` for a column standing alone. */
  readonly group: string;
  readonly label: string;
  readonly pick: (t: OfficialTable) => Figure;
};

const col = (key: string, group: string, label: string, pick: (t: OfficialTable) => Figure): TableColumn => ({
  key,
  group,
  label,
  pick,
});

export const OFFICIAL_COLUMNS: readonly TableColumn[] = [
  col('carriedOver', '上期未结案件数', '上期未结案件数', (t) => t.carriedOver),
  col('accepted', '当期案件受理数', '合计', (t) => t.accepted),
  col('acceptedCollective', '当期案件受理数', '集体劳动争议', (t) => t.acceptedCollective),
  col('acceptedWorkerApplicant', '当期案件受理数', '劳动者申诉', (t) => t.acceptedWorkerApplicant),
  col('reason.劳动报酬', '按争议原因分', '劳动报酬', (t) => t.byReason.劳动报酬),
  col('reason.社会保险', '按争议原因分', '社会保险', (t) => t.byReason.社会保险),
  col('reason.变更劳动合同', '按争议原因分', '变更劳动合同', (t) => t.byReason.变更劳动合同),
  col('reason.解除劳动合同', '按争议原因分', '解除劳动合同', (t) => t.byReason.解除劳动合同),
  col('reason.终止劳动合同', '按争议原因分', '终止劳动合同', (t) => t.byReason.终止劳动合同),
  col('reason.其他', '按争议原因分', '其他', (t) => t.byReason.其他),
  col('workers', '劳动者当事人数', '合计', (t) => t.workers),
  col('workersCollective', '劳动者当事人数', '集体争议', (t) => t.workersCollective),
  col('closed', '结案数', '合计', (t) => t.closed),
  col('method.mediation', '结案数（按处理方式）', '仲裁调解', (t) => t.closedByMethod.mediation),
  col('method.award', '结案数（按处理方式）', '仲裁裁决', (t) => t.closedByMethod.award),
  col('method.other', '结案数（按处理方式）', '其他方式', (t) => t.closedByMethod.other),
  col('result.employer', '结案数（按处理结果）', '用人单位胜诉', (t) => t.closedByResult.employer),
  col('result.worker', '结案数（按处理结果）', '劳动者胜诉', (t) => t.closedByResult.worker),
  col('result.partial', '结案数（按处理结果）', '双方部分胜诉', (t) => t.closedByResult.partial),
  col('result.unspecified', '结案数（按处理结果）', '未标明', (t) => t.closedByResult.unspecified),
  col('openAtEnd', '期末未结案件数', '期末未结案件数', (t) => t.openAtEnd),
  col('stationReceived', '案外调解', '受理', (t) => t.stationReceived),
  col('stationMediated', '案外调解', '调解成功', (t) => t.stationMediated),
  col('unacceptedClosed', '未受理即结束', '未受理即结束', (t) => t.unacceptedClosed),
];

/** Consecutive columns sharing a group, for merged headers: [group, first index, count]. */
export function headerGroups(columns: readonly TableColumn[]): [string, number, number][] {
  const groups: [string, number, number][] = [];
  columns.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0] === c.group) last[2] += 1;
    else groups.push([c.group, i, 1]);
  });
  return groups;
}
