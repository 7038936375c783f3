// The workload report as rows for the .xlsx export (built in main with exceljs): the header of each column names
// the period its figures cover; yes/no is 是/否 and a missing figure an empty cell. Cells are typed values, never
// formulas, so a name starting with = cannot run in a spreadsheet.

import type { WorkloadReport, WorkloadRow, WorkloadSortField } from './workload';
import { withPeriod, workloadFieldPeriod } from './workload-periods';

/** The export's columns in order; each header carries the period its figures cover. */
export const WORKLOAD_EXPORT_COLUMNS: readonly { field: WorkloadSortField | 'awayToday'; title: string }[] = [
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

export const workloadExportHeader = (report: Pick<WorkloadReport, 'periods'>): string[] =>
  WORKLOAD_EXPORT_COLUMNS.map((c) => withPeriod(c.title, workloadFieldPeriod(c.field, report.periods)));

export type ExportCell = string | number | null;

function cell(v: string | number | boolean | null): ExportCell {
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return Math.round(v * 100) / 100;
  return v;
}

/** One array of cells per staff row, in the columns' order. */
export const workloadExportRows = (report: WorkloadReport): ExportCell[][] =>
  report.rows.map((r: WorkloadRow) => WORKLOAD_EXPORT_COLUMNS.map((c) => cell(r[c.field])));
