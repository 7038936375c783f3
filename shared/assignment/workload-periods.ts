// Which days each workload figure covers (issue 10 item 7: "each figure says which period it covers"), worded
// once for the table's headers and the CSV's.

import type { WorkloadPeriods, WorkloadSortField } from './workload';

const span = (from: string, to: string) => `${from} 至 ${to}`;

/** e.g. '截至 2026-11-26', '2026-11-26 至 2026-11-29', '2026-01-01 至 2026-11-26'; '' for the name. */
export function workloadFieldPeriod(field: WorkloadSortField | 'awayToday', p: WorkloadPeriods): string {
  switch (field) {
    case 'name':
      return '';
    case 'openWeighted':
    case 'openCount':
    case 'openAsB':
    case 'overdue':
      return `截至 ${p.today}`;
    case 'dueThisWeek':
      return span(p.today, p.weekEnd);
    case 'dueSoon':
      return p.soonUntil === null ? `${p.today} 起（工作日历缺年度数据）` : span(p.today, p.soonUntil);
    case 'closedInPeriod':
    case 'closedAsPresiding':
    case 'averageDaysToClose':
      return span(p.from, p.to);
    case 'coveredAsB':
    case 'awayToday':
      return p.today;
  }
}

/** '本周到期期限（2026-11-26 至 2026-11-29）'. */
export const withPeriod = (title: string, period: string): string =>
  period === '' ? title : `${title}（${period}）`;
