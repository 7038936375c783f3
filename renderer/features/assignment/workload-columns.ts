import type { WorkloadRow, WorkloadSortField } from '../../../shared/assignment';
import { loadText } from './assignment-display';

export type WorkloadColumn = { field: WorkloadSortField; title: string; tip?: string };

/** The 工作量 table's columns, in the CSV's order; every one sorts. */
export const WORKLOAD_COLUMNS: readonly WorkloadColumn[] = [
  { field: 'name', title: '姓名' },
  { field: 'openWeighted', title: '在办加权', tip: '承办案件权重之和 + 协办案件按比例折算' },
  { field: 'openCount', title: '在办（A角）' },
  { field: 'openAsB', title: '协办（B角）' },
  { field: 'dueThisWeek', title: '本周到期' },
  { field: 'dueSoon', title: '临近到期', tip: '今日起若干个工作日内到期；工作日历缺该年度时显示“—”' },
  { field: 'overdue', title: '已超期' },
  {
    field: 'closedInPeriod',
    title: '结案',
    tip: '按作出裁决或调解的仲裁员计入：合议庭的每名仲裁员各计一件；未组庭即结案的，计入办理结案事项的人员',
  },
  { field: 'closedAsPresiding', title: '其中首席/独任', tip: '本人担任首席仲裁员或独任仲裁员的结案件数' },
  { field: 'averageDaysToClose', title: '平均结案天数', tip: '上述结案案件受理至结案的自然日' },
  { field: 'coveredAsB', title: '今日代办', tip: 'A角今日不在岗、由本人作为B角代办的案件' },
];

/** A cell as shown: null is "—", the weighted load has at most two decimals. */
export function workloadCell(row: WorkloadRow, field: WorkloadSortField): string {
  const v = row[field];
  if (v === null) return '—';
  if (field === 'openWeighted' && typeof v === 'number') return loadText(v);
  return String(v);
}

/** Names sort up by default, counts down (the busiest first). */
export const defaultDirection = (field: WorkloadSortField): 'asc' | 'desc' =>
  field === 'name' ? 'asc' : 'desc';
