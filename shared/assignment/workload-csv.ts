// The workload report as CSV for export (RFC 4180 quoting, CRLF; a UTF-8 BOM by default so Excel on Chinese
// Windows opens it as UTF-8). A cell starting with = + - @ is prefixed with ' so spreadsheets never run it.

import type { WorkloadReport, WorkloadRow, WorkloadSortField } from './workload';
import { withPeriod, workloadFieldPeriod } from './workload-periods';

/** The CSV's columns in order; each header carries the period its figures cover. */
export const WORKLOAD_CSV_COLUMNS: readonly { field: WorkloadSortField | 'awayToday'; title: string }[] = [
  { field: 'name', title: '姓名' },
  { field: 'openWeighted', title: '在办加权工作量' },
  { field: 'openCount', title: '承办在办案件数' },
  { field: 'openAsB', title: '协办在办案件数' },
  { field: 'dueThisWeek', title: '本周到期期限' },
  { field: 'dueSoon', title: '临近期限' },
  { field: 'overdue', title: '已逾期期限' },
  { field: 'closedInPeriod', title: '结案数（按作出裁决或调解的仲裁员计）' },
  { field: 'closedAsPresiding', title: '其中任首席或独任仲裁员' },
  { field: 'averageDaysToClose', title: '平均结案天数' },
  { field: 'coveredAsB', title: '今日代A角办理' },
  { field: 'awayToday', title: '今日不在岗' },
];

export const workloadCsvHeader = (report: Pick<WorkloadReport, 'periods'>): string[] =>
  WORKLOAD_CSV_COLUMNS.map((c) => withPeriod(c.title, workloadFieldPeriod(c.field, report.periods)));

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  let s = typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

const valueOf = (r: WorkloadRow, field: (typeof WORKLOAD_CSV_COLUMNS)[number]['field']) => r[field];

export function toCsv(report: WorkloadReport, options: { readonly bom?: boolean } = {}): string {
  const lines = [
    workloadCsvHeader(report).map(cell).join(','),
    ...report.rows.map((r) => WORKLOAD_CSV_COLUMNS.map((c) => cell(valueOf(r, c.field))).join(',')),
  ];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
